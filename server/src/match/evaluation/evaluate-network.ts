/**
 * One network of the evaluation: its split, then every method on the same queries, candidate pool and
 * exclusions — the recommender with the shipped defaults, the recommender after fitting on the network's
 * own history (as `npm run fit:match` would on it), the baselines and the learned baseline — each with its
 * metrics and bootstrap intervals, and the paired interval of the recommender's MRR lead over the best
 * baseline.
 */
import type { NodeKind } from '#model';
import { fitFromHistory, type FitOutcome } from '../learn/fit-from-history.ts';
import type { RankingModel } from '../learn/ranking-model.ts';
import { baselines } from './baselines.ts';
import {
  bootstrapIntervals,
  pairedMrrDifference,
  type Interval,
  type MetricIntervals,
} from './bootstrap-interval.ts';
import { evaluationSplit, SPLIT_SEED, type EvaluationNetwork } from './evaluation-networks.ts';
import { bestPossibleRanker, generatingOdds } from './generating-odds.ts';
import type { Split } from './hide-links.ts';
import { learnedBaseline } from './learned-baseline.ts';
import { rankingMetrics, type Metrics, type QueryOutcome } from './ranking-metrics.ts';

/** The recommender as measured: given a split and a model, something that answers for an enterprise. */
export type RecommenderUnderTest = (
  split: Split,
  kinds: readonly NodeKind[],
) => Promise<{
  rank(enterprise: string, model: RankingModel): Promise<string[]>;
  close(): Promise<void>;
}>;

export interface MethodResult {
  readonly method: string;
  readonly outcomes: readonly QueryOutcome[];
  readonly metrics: Metrics;
  readonly intervals: MetricIntervals;
}

export interface NetworkResult {
  readonly network: EvaluationNetwork;
  readonly entities: number;
  readonly relationships: number;
  readonly cutoff?: number;
  readonly methods: readonly MethodResult[];
  readonly fit: FitOutcome;
  /** Best baseline by MRR, and the paired interval of the recommender's (defaults) lead over it. */
  readonly bestBaseline: string;
  readonly lead: { readonly mrr: number; readonly interval: Interval };
  readonly seconds: number;
}

export const RECOMMENDER = 'recommender (shipped defaults)';
export const FITTED = 'recommender (fitted on this network)';
/** Ranking by the generator's own draw probabilities: the ceiling, not a baseline. */
export const BEST_POSSIBLE = "best possible (the generator's own odds)";
/** Rows that are not baselines: the recommender's two and the ceiling. */
export const NOT_BASELINES: ReadonlySet<string> = new Set([RECOMMENDER, FITTED, BEST_POSSIBLE]);

const result = (method: string, outcomes: QueryOutcome[]): MethodResult => ({
  method,
  outcomes,
  metrics: rankingMetrics(outcomes),
  intervals: bootstrapIntervals(outcomes, SPLIT_SEED),
});

export async function evaluateNetwork(
  network: EvaluationNetwork,
  recommender: RecommenderUnderTest,
  defaults: RankingModel,
): Promise<NetworkResult> {
  const started = performance.now();
  const odds = generatingOdds();
  const graph = network.graph(odds);
  const split = evaluationSplit(network, graph);
  const best = bestPossibleRanker(odds, SPLIT_SEED, 'cutoff' in split ? (split.cutoff as number) : undefined);
  const kinds = new Set(network.kinds);
  const pool = split.train.nodes.filter((node) => kinds.has(node.kind)).map((node) => node.id);
  const partners = new Map<string, Set<string>>();
  for (const edge of split.train.edges)
    if (edge.kind === 'COOPERATES_WITH')
      partners.set(edge.from, (partners.get(edge.from) ?? new Set<string>()).add(edge.to));
  // Only enterprises whose hidden partners are of the kinds asked for are queries.
  const queries = [...split.hidden.keys()]
    .filter((id) => [...(split.hidden.get(id) ?? [])].some((partner) => pool.includes(partner)))
    .sort();
  const fit = fitFromHistory(split.train, { prior: defaults, kinds: network.kinds, seed: network.seed });
  const rankers = { ...baselines(split.train, SPLIT_SEED) };
  const learned = learnedBaseline(split.train, network.kinds, network.seed);
  const outcomes = new Map<string, QueryOutcome[]>();
  const push = (method: string, outcome: QueryOutcome) =>
    outcomes.set(method, [...(outcomes.get(method) ?? []), outcome]);
  const under = await recommender(split, network.kinds);
  try {
    for (const enterprise of queries) {
      const relevant = split.hidden.get(enterprise) ?? new Set<string>();
      const known = partners.get(enterprise) ?? new Set<string>();
      const candidates = pool.filter((id) => !known.has(id));
      push(RECOMMENDER, { ranked: await under.rank(enterprise, defaults), relevant });
      push(FITTED, { ranked: await under.rank(enterprise, fit.model), relevant });
      for (const [name, rank] of Object.entries(rankers))
        push(name, { ranked: rank(enterprise, candidates), relevant });
      push('learned baseline', { ranked: learned.rank(enterprise, candidates), relevant });
      push(BEST_POSSIBLE, { ranked: best(enterprise, candidates), relevant });
    }
  } finally {
    await under.close();
  }
  const methods = [...outcomes].map(([method, list]) => result(method, list));
  const others = methods.filter((m) => !NOT_BASELINES.has(m.method) && m.method !== 'random');
  const strongest = others.reduce((a, b) => (b.metrics.mrr > a.metrics.mrr ? b : a));
  const ours = methods.find((m) => m.method === RECOMMENDER) as MethodResult;
  return {
    network,
    entities: graph.nodes.length,
    relationships: graph.edges.length,
    ...('cutoff' in split ? { cutoff: (split as { cutoff: number }).cutoff } : {}),
    methods,
    fit,
    bestBaseline: strongest.method,
    lead: {
      mrr: ours.metrics.mrr - strongest.metrics.mrr,
      interval: pairedMrrDifference(ours.outcomes, strongest.outcomes, SPLIT_SEED),
    },
    seconds: (performance.now() - started) / 1000,
  };
}
