/**
 * The learned baseline: the standard link-prediction scores (field overlap, popularity, common neighbours,
 * Adamic–Adar, personalised PageRank, on log scales) combined by the same choice-model fit the recommender
 * uses, fitted on the same network's own history the same way (hold-out-history.ts). What it lacks is only
 * the recommender's features: field hierarchy and specificity, region levels, similar enterprises helped.
 */
import type { GraphEdge, GraphNode, NodeKind } from '#model';
import { fitChoiceModel, type Choice } from '../learn/fit-ranking-model.ts';
import { holdOutHistory } from '../learn/hold-out-history.ts';
import { baselineScores, byScore, type Ranker, type TrainingGraph } from './baselines.ts';
import type { Split } from './hide-links.ts';
import { seededRandom } from './seeded-random.ts';

const WIDTH = 5;
/** Held-out queries the fit uses at most. */
const MAX_QUERIES = 400;

function featuresOf(graph: TrainingGraph) {
  const scores = baselineScores(graph);
  return (enterprise: string, candidate: string): Float64Array => {
    const rank = scores.pageRank(enterprise).get(candidate) ?? 0;
    return Float64Array.of(
      scores.overlap(enterprise, candidate),
      Math.log1p(scores.popularity(candidate)),
      Math.log1p(scores.commonNeighbours(enterprise, candidate)),
      scores.adamicAdar(enterprise, candidate),
      Math.log1p(rank * 1e4),
    );
  };
}

function poolOf(graph: TrainingGraph, kinds: ReadonlySet<NodeKind>): string[] {
  return graph.nodes.filter((node) => kinds.has(node.kind)).map((node) => node.id);
}

function partnersOf(graph: TrainingGraph): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  for (const edge of graph.edges)
    if (edge.kind === 'COOPERATES_WITH')
      partners.set(edge.from, (partners.get(edge.from) ?? new Set<string>()).add(edge.to));
  return partners;
}

function choicesOf(split: Split, kinds: ReadonlySet<NodeKind>, seed: number): Choice[] {
  const features = featuresOf(split.train);
  const pool = poolOf(split.train, kinds);
  const partners = partnersOf(split.train);
  const enterprises = seededRandom(seed)
    .shuffle([...split.hidden.keys()].sort())
    .slice(0, MAX_QUERIES)
    .sort();
  return enterprises.flatMap((enterprise) => {
    const known = partners.get(enterprise) ?? new Set<string>();
    const candidates = pool.filter((id) => !known.has(id) && id !== enterprise);
    const relevant = split.hidden.get(enterprise) ?? new Set<string>();
    const chosen = candidates.flatMap((id, i) => (relevant.has(id) ? [i] : []));
    return chosen.length > 0 ? [{ rows: candidates.map((id) => features(enterprise, id)), chosen }] : [];
  });
}

/** A ranker fitted on the training graph's own history; its weights are returned beside it. */
export function learnedBaseline(
  train: { nodes: GraphNode[]; edges: GraphEdge[] },
  kinds: readonly NodeKind[],
  seed: number,
): { rank: Ranker; weights: number[] } {
  const wanted = new Set(kinds);
  const history = holdOutHistory(train, kinds, seed);
  const weights = fitChoiceModel(choicesOf(history.fit, wanted, seed), new Array<number>(WIDTH).fill(0.5));
  const features = featuresOf(train);
  const rank: Ranker = (enterprise, candidates) =>
    byScore(
      candidates,
      (id) => features(enterprise, id).reduce((sum, value, i) => sum + value * (weights[i] ?? 0), 0),
      seed,
    );
  return { rank, weights };
}
