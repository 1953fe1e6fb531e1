/**
 * Baseline link predictors computed on the same training graph: random, field overlap only, common
 * neighbours, Adamic–Adar and personalised PageRank. Each ranks candidate ids for one enterprise.
 */
import type { GraphEdge, GraphNode } from '#model';
import { seededRandom } from './seeded-random.ts';

export type Ranker = (enterprise: string, candidates: readonly string[]) => string[];

export interface TrainingGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

function neighbourSets(graph: TrainingGraph): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>(graph.nodes.map((node) => [node.id, new Set<string>()]));
  for (const edge of graph.edges) {
    adjacency.get(edge.from)?.add(edge.to);
    adjacency.get(edge.to)?.add(edge.from);
  }
  return adjacency;
}

/** Sorts by score, highest first; ties in a fixed random order so no baseline profits from ids. */
function byScore(candidates: readonly string[], score: (id: string) => number, seed: number): string[] {
  const random = seededRandom(seed);
  const tiebreak = new Map(candidates.map((id) => [id, random.next()]));
  return [...candidates].sort(
    (a, b) => score(b) - score(a) || (tiebreak.get(a) ?? 0) - (tiebreak.get(b) ?? 0),
  );
}

export function baselines(graph: TrainingGraph, seed: number): Record<string, Ranker> {
  const adjacency = neighbourSets(graph);
  const fields = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'IN_DOMAIN') continue;
    const set = fields.get(edge.from) ?? new Set<string>();
    set.add(edge.to);
    fields.set(edge.from, set);
  }
  const shared = (a: string, b: string) => {
    const na = adjacency.get(a) ?? new Set<string>();
    return [...(adjacency.get(b) ?? [])].filter((id) => na.has(id));
  };
  return {
    random: (_enterprise, candidates) => seededRandom(seed).shuffle(candidates),
    'field overlap': (enterprise, candidates) => {
      const own = fields.get(enterprise) ?? new Set<string>();
      return byScore(
        candidates,
        (id) => {
          const theirs = fields.get(id) ?? new Set<string>();
          const common = [...theirs].filter((field) => own.has(field)).length;
          const union = new Set([...own, ...theirs]).size;
          return union === 0 ? 0 : common / union;
        },
        seed,
      );
    },
    'common neighbours': (enterprise, candidates) =>
      byScore(candidates, (id) => shared(enterprise, id).length, seed),
    'Adamic–Adar': (enterprise, candidates) =>
      byScore(
        candidates,
        (id) =>
          shared(enterprise, id).reduce(
            (sum, z) => sum + 1 / Math.log(Math.max(2, adjacency.get(z)?.size ?? 2)),
            0,
          ),
        seed,
      ),
    'personalised PageRank': (enterprise, candidates) => {
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
      return byScore(candidates, (id) => rank.get(id) ?? 0, seed);
    },
  };
}
