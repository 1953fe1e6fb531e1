/**
 * Baseline link predictors computed on the same training graph: random, field overlap (Jaccard of declared
 * fields), field overlap + popularity (ties by cooperations), common neighbours, Adamic–Adar and
 * personalised PageRank. Each ranks candidate ids for one enterprise; ties fall in a fixed random order so
 * that no baseline profits from ids. Their raw scores are also the learned baseline's features.
 */
import type { GraphEdge, GraphNode } from '#model';
import { seededRandom } from './seeded-random.ts';

export type Ranker = (enterprise: string, candidates: readonly string[]) => string[];

export interface TrainingGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** The baselines' raw scores for one enterprise and a candidate. */
export interface BaselineScores {
  overlap(enterprise: string, candidate: string): number;
  popularity(candidate: string): number;
  commonNeighbours(enterprise: string, candidate: string): number;
  adamicAdar(enterprise: string, candidate: string): number;
  /** Personalised PageRank from the enterprise (restart 0.15, 20 iterations), cached per enterprise. */
  pageRank(enterprise: string): ReadonlyMap<string, number>;
}

export function baselineScores(graph: TrainingGraph): BaselineScores {
  const adjacency = new Map<string, Set<string>>(graph.nodes.map((node) => [node.id, new Set<string>()]));
  const fields = new Map<string, Set<string>>();
  const cooperations = new Map<string, number>();
  for (const edge of graph.edges) {
    adjacency.get(edge.from)?.add(edge.to);
    adjacency.get(edge.to)?.add(edge.from);
    if (edge.kind === 'IN_DOMAIN') fields.set(edge.from, (fields.get(edge.from) ?? new Set()).add(edge.to));
    if (edge.kind === 'COOPERATES_WITH')
      for (const id of [edge.from, edge.to]) cooperations.set(id, (cooperations.get(id) ?? 0) + 1);
  }
  const shared = (a: string, b: string) => {
    const na = adjacency.get(a) ?? new Set<string>();
    return [...(adjacency.get(b) ?? [])].filter((id) => na.has(id));
  };
  let cached: { enterprise: string; rank: Map<string, number> } | undefined;
  return {
    overlap: (enterprise, candidate) => {
      const own = fields.get(enterprise) ?? new Set<string>();
      const theirs = fields.get(candidate) ?? new Set<string>();
      const common = [...theirs].filter((field) => own.has(field)).length;
      const union = new Set([...own, ...theirs]).size;
      return union === 0 ? 0 : common / union;
    },
    popularity: (candidate) => cooperations.get(candidate) ?? 0,
    commonNeighbours: (enterprise, candidate) => shared(enterprise, candidate).length,
    adamicAdar: (enterprise, candidate) =>
      shared(enterprise, candidate).reduce(
        (sum, z) => sum + 1 / Math.log(Math.max(2, adjacency.get(z)?.size ?? 2)),
        0,
      ),
    pageRank: (enterprise) => {
      if (cached?.enterprise === enterprise) return cached.rank;
      const restart = 0.15;
      let rank = new Map<string, number>([[enterprise, 1]]);
      for (let iteration = 0; iteration < 20; iteration++) {
        const next = new Map<string, number>([[enterprise, restart]]);
        for (const [id, value] of rank) {
          const out = adjacency.get(id);
          if (!out || out.size === 0) continue;
          const share = ((1 - restart) * value) / out.size;
          for (const neighbour of out) next.set(neighbour, (next.get(neighbour) ?? 0) + share);
        }
        rank = next;
      }
      cached = { enterprise, rank };
      return rank;
    },
  };
}

/** Sorts by score, highest first; ties in a fixed random order so no baseline profits from ids. */
export function byScore(
  candidates: readonly string[],
  score: (id: string) => number,
  seed: number,
): string[] {
  const random = seededRandom(seed);
  const tiebreak = new Map(candidates.map((id) => [id, random.next()]));
  const scores = new Map(candidates.map((id) => [id, score(id)]));
  return [...candidates].sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (tiebreak.get(a) ?? 0) - (tiebreak.get(b) ?? 0),
  );
}

export function baselines(graph: TrainingGraph, seed: number): Record<string, Ranker> {
  const scores = baselineScores(graph);
  return {
    random: (_enterprise, candidates) => seededRandom(seed).shuffle(candidates),
    'field overlap': (enterprise, candidates) =>
      byScore(candidates, (id) => scores.overlap(enterprise, id), seed),
    'field overlap + popularity': (enterprise, candidates) =>
      byScore(
        candidates,
        (id) => scores.overlap(enterprise, id) + 1e-4 * Math.log1p(scores.popularity(id)),
        seed,
      ),
    'common neighbours': (enterprise, candidates) =>
      byScore(candidates, (id) => scores.commonNeighbours(enterprise, id), seed),
    'Adamic–Adar': (enterprise, candidates) =>
      byScore(candidates, (id) => scores.adamicAdar(enterprise, id), seed),
    'personalised PageRank': (enterprise, candidates) => {
      const rank = scores.pageRank(enterprise);
      return byScore(candidates, (id) => rank.get(id) ?? 0, seed);
    },
  };
}
