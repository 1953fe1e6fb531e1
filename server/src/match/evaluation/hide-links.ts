/**
 * The evaluation split: hide a share of enterprises' cooperation links (and the project participation
 * that would give each hidden pair away); the rest is the graph the recommenders see.
 */
import type { GraphEdge, GraphNode } from '#model';
import { seededRandom } from './seeded-random.ts';

export interface Split {
  readonly train: { nodes: GraphNode[]; edges: GraphEdge[] };
  /** Enterprise id → the partners hidden from it. */
  readonly hidden: Map<string, Set<string>>;
}

export function hideLinks(
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
  share: number,
  seed: number,
): Split {
  const random = seededRandom(seed);
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const hidden = new Map<string, Set<string>>();
  const removed = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'COOPERATES_WITH' || kindOf.get(edge.from) !== 'Enterprise') continue;
    if (random.next() >= share) continue;
    removed.add(edge.id);
    const set = hidden.get(edge.from) ?? new Set<string>();
    set.add(edge.to);
    hidden.set(edge.from, set);
  }
  // A project both sides joined would reveal the hidden cooperation: drop the partner's participation.
  const participations = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'PARTICIPATES_IN') continue;
    const list = participations.get(edge.from);
    if (list) list.push(edge);
    else participations.set(edge.from, [edge]);
  }
  for (const [enterprise, partners] of hidden) {
    const own = new Set((participations.get(enterprise) ?? []).map((edge) => edge.to));
    for (const partner of partners)
      for (const edge of participations.get(partner) ?? []) if (own.has(edge.to)) removed.add(edge.id);
  }
  return {
    train: { nodes: graph.nodes, edges: graph.edges.filter((edge) => !removed.has(edge.id)) },
    hidden,
  };
}
