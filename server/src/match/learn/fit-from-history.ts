/**
 * Learning the ranking model from a graph's own history (`npm run fit:match`, and the app in the
 * background): hold out cooperations (hold-out-history.ts), build every candidate's features as if they
 * were absent, fit the weights on one part and compare them with the prior (the defaults) on the other.
 * The fitted weights are kept only when they rank the validation links better; either way the calibration
 * is fitted on validation, so the percentage shown reads against this graph's history. Deterministic.
 */
import type { GraphEdge, GraphNode, NodeKind } from '#model';
import { rankingMetrics } from '../evaluation/ranking-metrics.ts';
import type { Split } from '../evaluation/hide-links.ts';
import { seededRandom } from '../evaluation/seeded-random.ts';
import { extractFeatures } from './extract-features.ts';
import { fitCalibration, fitWeights, sampleCandidates, type TrainingQuery } from './fit-ranking-model.ts';
import { indexGraph } from './graph-index.ts';
import { holdOutHistory } from './hold-out-history.ts';
import type { Feature } from './ranking-features.ts';
import { rankByModel, type RankingMetrics, type RankingModel } from './ranking-model.ts';

export const FIT_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];
/** Fewer held-out queries than this in either part: not enough history, the defaults stay. */
export const MIN_QUERIES = 30;
/** At most this many queries per part (sampled with the seed), which bounds the time on large graphs. */
export const MAX_QUERIES = 300;
/** Other candidates a fitting query keeps (sampled, see sampleCandidates). */
export const SAMPLED_CANDIDATES = 200;

export interface FitFromHistoryOptions {
  readonly prior: RankingModel;
  readonly kinds?: readonly NodeKind[];
  readonly seed?: number;
  readonly shrink?: number;
  readonly without?: readonly Feature[];
  /** The time written into the report (ISO); now by default. */
  readonly at?: string;
}

/** The held-out queries of one part, with every candidate's features built on that part's graph. */
export function trainingQueries(
  split: Split,
  kinds: readonly NodeKind[],
  limit = MAX_QUERIES,
  seed = 1,
): TrainingQuery[] {
  const index = indexGraph(split.train);
  const enterprises = [...split.hidden.keys()].sort();
  const chosen =
    enterprises.length > limit ? seededRandom(seed).shuffle(enterprises).slice(0, limit).sort() : enterprises;
  return chosen.map((enterprise) => ({
    candidates: extractFeatures(index, { enterprise, kinds }),
    relevant: split.hidden.get(enterprise) ?? new Set<string>(),
  }));
}

export function metricsOf(
  queries: readonly TrainingQuery[],
  weights: Readonly<Record<Feature, number>>,
): RankingMetrics {
  return rankingMetrics(
    queries.map((query) => ({ ranked: rankByModel(weights, query.candidates), relevant: query.relevant })),
  );
}

export interface FitOutcome {
  readonly model: RankingModel;
  /** Why the defaults stayed without a comparison, if so. */
  readonly note?: string;
}

export function fitFromHistory(
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
  options: FitFromHistoryOptions,
): FitOutcome {
  const started = performance.now();
  const kinds = options.kinds ?? FIT_KINDS;
  const seed = options.seed ?? 1;
  const history = holdOutHistory(graph, kinds, seed);
  const sampler = seededRandom(seed + 2);
  const fitQueries = trainingQueries(history.fit, kinds, MAX_QUERIES, seed).map((query) =>
    sampleCandidates(query, SAMPLED_CANDIDATES, sampler),
  );
  const validation = trainingQueries(history.validation, kinds, MAX_QUERIES, seed + 1);
  if (fitQueries.length < MIN_QUERIES || validation.length < MIN_QUERIES)
    return {
      model: options.prior,
      note: `not enough history: ${fitQueries.length} and ${validation.length} held-out queries (at least ${MIN_QUERIES} each)`,
    };
  const weights = fitWeights(fitQueries, {
    prior: options.prior.weights,
    ...(options.shrink !== undefined ? { shrink: options.shrink } : {}),
    ...(options.without ? { without: options.without } : {}),
  });
  const fitted = metricsOf(validation, weights);
  const defaults = metricsOf(validation, options.prior.weights);
  const kept = fitted.mrr > defaults.mrr;
  const chosen = kept ? weights : options.prior.weights;
  return {
    model: {
      version: 1,
      origin: kept ? 'fitted' : 'default',
      weights: chosen,
      calibration: fitCalibration(validation, chosen),
      report: {
        fittedAt: options.at ?? new Date().toISOString(),
        split: history.split,
        heldOut: history.heldOut,
        cooperations: history.cooperations,
        fitQueries: fitQueries.length,
        validationQueries: validation.length,
        fitted,
        defaults,
        kept,
        seconds: (performance.now() - started) / 1000,
      },
    },
  };
}
