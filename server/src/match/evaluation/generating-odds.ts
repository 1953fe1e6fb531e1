/**
 * What a generator knew when it drew each cooperation: every candidate's probability of being the
 * enterprise's next partner, recorded per enterprise and draw (with its year where the network grows over
 * time). Ranking an enterprise's candidates by the odds of its first hidden draw is the best any method can
 * do on that network in expectation: the ceiling ("best possible") that the recommender and the baselines
 * are read against, like the outside benchmark's own generating fit. Generators record into it only when
 * asked; their graphs are the same either way.
 */
import { byScore, type Ranker } from './baselines.ts';

export interface GeneratingOdds {
  /** Probabilities of the candidates `ids` (aligned) for one draw of an enterprise's partner. */
  record(enterprise: string, year: number, ids: readonly string[], probabilities: Float64Array): void;
  /** The odds of the enterprise's first draw in or after `from` (its first draw when omitted). */
  oddsOf(enterprise: string, from?: number): ReadonlyMap<string, number> | undefined;
}

interface Draw {
  readonly year: number;
  readonly ids: readonly string[];
  readonly probabilities: Float64Array;
}

export function generatingOdds(): GeneratingOdds {
  const draws = new Map<string, Draw[]>();
  return {
    record(enterprise, year, ids, probabilities) {
      const list = draws.get(enterprise) ?? [];
      // Only the first draw of a year is ever asked for; later ones of the same year are not kept.
      if (list.some((draw) => draw.year === year)) return;
      list.push({ year, ids, probabilities });
      draws.set(enterprise, list);
    },
    oddsOf(enterprise, from = -Infinity) {
      const first = (draws.get(enterprise) ?? [])
        .filter((draw) => draw.year >= from)
        .reduce<Draw | undefined>((best, draw) => (!best || draw.year < best.year ? draw : best), undefined);
      return first && new Map(first.ids.map((id, i) => [id, first.probabilities[i] as number]));
    },
  };
}

/** Probabilities of a weighted draw with a share of uniform noise: noise / n + (1 − noise) · w / Σw. */
export function drawProbabilities(weights: readonly number[], noise: number): Float64Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const uniform = weights.length > 0 ? noise / weights.length : 0;
  return Float64Array.from(weights, (w) => uniform + (total > 0 ? ((1 - noise) * w) / total : 0));
}

/**
 * The best-possible ranker: candidates by the odds of the enterprise's first draw at or after `from` (the
 * split's cut-off year; any draw on a network drawn at once); ties, and enterprises never drawn, in the
 * baselines' fixed random order.
 */
export function bestPossibleRanker(odds: GeneratingOdds, seed: number, from?: number): Ranker {
  return (enterprise, candidates) => {
    const own = odds.oddsOf(enterprise, from);
    return byScore(candidates, (id) => own?.get(id) ?? 0, seed);
  };
}
