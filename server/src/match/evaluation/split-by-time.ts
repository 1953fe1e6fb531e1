/**
 * The evaluation split by time: the latest years of cooperation are the future to predict. Every dated
 * relationship from the cut-off year on is removed (cooperations, and the project participations of those
 * years); the hidden links are the enterprises' new partners of those years, among the given kinds.
 */
import type { GraphEdge, GraphNode, NodeKind } from '#model';
import { yearOf } from '../learn/graph-index.ts';
import type { Split } from './hide-links.ts';

export interface TimeSplit extends Split {
  /** The first year hidden. */
  readonly cutoff: number;
}

/** The latest year from which at least `share` of the dated enterprise cooperations are on or after. */
export function cutoffYear(
  edges: readonly GraphEdge[],
  share: number,
  isEnterprise: (id: string) => boolean,
): number | undefined {
  const years = edges
    .filter((edge) => edge.kind === 'COOPERATES_WITH' && isEnterprise(edge.from))
    .flatMap((edge) => yearOf(edge) ?? [])
    .sort((a, b) => b - a);
  if (years.length === 0) return undefined;
  return years[Math.min(years.length - 1, Math.ceil(share * years.length) - 1)];
}

export function splitByTime(
  graph: { nodes: GraphNode[]; edges: GraphEdge[] },
  share: number,
  kinds: readonly NodeKind[],
): TimeSplit {
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const cutoff = cutoffYear(graph.edges, share, (id) => kindOf.get(id) === 'Enterprise');
  if (cutoff === undefined) throw new Error('no dated cooperations to split by time');
  const train = graph.edges.filter((edge) => (yearOf(edge) ?? -Infinity) < cutoff);
  const linked = new Set(train.map((edge) => `${edge.from}|${edge.to}`));
  const wanted = new Set(kinds);
  const hidden = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'COOPERATES_WITH' || kindOf.get(edge.from) !== 'Enterprise') continue;
    if ((yearOf(edge) ?? -Infinity) < cutoff || !wanted.has(kindOf.get(edge.to) as NodeKind)) continue;
    if (linked.has(`${edge.from}|${edge.to}`) || linked.has(`${edge.to}|${edge.from}`)) continue;
    hidden.set(edge.from, (hidden.get(edge.from) ?? new Set<string>()).add(edge.to));
  }
  return { train: { nodes: graph.nodes, edges: train }, hidden, cutoff };
}
