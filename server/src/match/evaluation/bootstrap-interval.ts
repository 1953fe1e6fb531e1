/**
 * Bootstrap confidence intervals over queries (seeded, so tables are reproducible): for one method's
 * hit@5, hit@10 and MRR, and for the difference between two methods on the same queries (paired: each
 * resample takes the same queries for both), which is what "beats by 0.03" should be read against.
 */
import { queryScores, type QueryOutcome } from './ranking-metrics.ts';
import { seededRandom } from './seeded-random.ts';

export type Interval = readonly [low: number, high: number];

export interface MetricIntervals {
  readonly hitAt5: Interval;
  readonly hitAt10: Interval;
  readonly mrr: Interval;
}

export const RESAMPLES = 1000;

function percentileInterval(values: number[], level: number): Interval {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))] ?? 0;
  return [at((1 - level) / 2), at(1 - (1 - level) / 2)];
}

/** Resampled means of per-query values, the same query draws for every series given. */
function resampledMeans(
  series: ReadonlyArray<readonly number[]>,
  seed: number,
  resamples: number,
): number[][] {
  const n = series[0]?.length ?? 0;
  const random = seededRandom(seed);
  const means = series.map(() => [] as number[]);
  for (let r = 0; r < resamples && n > 0; r++) {
    const sums = series.map(() => 0);
    for (let i = 0; i < n; i++) {
      const pick = random.int(n);
      series.forEach((values, s) => (sums[s] = (sums[s] ?? 0) + (values[pick] ?? 0)));
    }
    sums.forEach((sum, s) => means[s]?.push(sum / n));
  }
  return means;
}

export function bootstrapIntervals(
  outcomes: readonly QueryOutcome[],
  seed = 1,
  level = 0.95,
  resamples = RESAMPLES,
): MetricIntervals {
  const scores = outcomes.map((outcome) => queryScores(outcome));
  const [hit5, hit10, mrr] = resampledMeans(
    [scores.map((s) => s.hitAt5), scores.map((s) => s.hitAt10), scores.map((s) => s.reciprocal)],
    seed,
    resamples,
  );
  return {
    hitAt5: percentileInterval(hit5 ?? [], level),
    hitAt10: percentileInterval(hit10 ?? [], level),
    mrr: percentileInterval(mrr ?? [], level),
  };
}

/** The interval of MRR(a) − MRR(b) over the same queries (a and b in the same query order). */
export function pairedMrrDifference(
  a: readonly QueryOutcome[],
  b: readonly QueryOutcome[],
  seed = 1,
  level = 0.95,
  resamples = RESAMPLES,
): Interval {
  const differences = a.map((outcome, i) => {
    const other = b[i];
    return queryScores(outcome).reciprocal - (other ? queryScores(other).reciprocal : 0);
  });
  const [means] = resampledMeans([differences], seed, resamples);
  return percentileInterval(means ?? [], level);
}
