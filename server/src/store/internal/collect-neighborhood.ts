/**
 * A neighbourhood in two statements on every backend: the backend's Cypher picks the focus's neighbours
 * in the order a cut keeps them (nearer hops first, then relationship kind in declaration order, then
 * relationship id: cypher/<backend>/neighborhood-<depth>.cypher), then one statement reads those
 * entities with their degrees and every relationship among them (subgraph-of-ids.cypher). Both backends
 * cut large neighbourhoods identically.
 */
import { AppError, REL_KINDS, type GraphEdge, type Subgraph } from '#model';
import type { NeighborhoodQuery } from '../graph-store.ts';
import type { Degrees, SubgraphReads } from './subgraph-reads.ts';

const relOrder = new Map<string, number>(REL_KINDS.map((kind, index) => [kind, index]));

/** Relationship kind in declaration order, then id: the order every backend walks edges in. */
export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return (
    (relOrder.get(a.kind) ?? 0) - (relOrder.get(b.kind) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const notFound = (id: string) =>
  new AppError('NOT_FOUND', `没有编号为 ${id} 的实体 / no entity has the id ${id}`);

export async function collectNeighborhood(
  reads: SubgraphReads,
  query: NeighborhoodQuery,
): Promise<Subgraph & { readonly degrees: Degrees }> {
  // One more than fits says whether the cut left any out.
  const { focusKind, focusOffset, neighbours: found } = await reads.neighbours(query, query.limit);
  const kept = found.slice(0, query.limit - 1);
  const truncated = found.length > kept.length;
  const ids = [query.id, ...kept.map((ref) => ref.id)];
  const focus = focusKind
    ? { id: query.id, kind: focusKind, ...(focusOffset === undefined ? {} : { offset: focusOffset }) }
    : { id: query.id };
  const { nodes, edges, degrees } = await reads.subgraph([focus, ...kept]);
  if (!nodes.some((node) => node.id === query.id)) throw notFound(query.id);
  const order = new Map(ids.map((id, index) => [id, index]));
  return {
    nodes: nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    edges: edges.sort(compareEdges),
    truncated,
    degrees,
  };
}
