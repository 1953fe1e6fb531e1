/**
 * A neighbourhood in two statements (Neo4j runs both as one, neo4j/neo4j-neighborhood.ts): the
 * backend's Cypher picks the focus's neighbours in the order a cut keeps them (nearer hops first, then relationship kind in declaration order, then
 * relationship id: cypher/<backend>/neighborhood-<depth>.cypher), then one statement reads those
 * entities with their degrees and every relationship among them (subgraph-of-ids.cypher). Both backends
 * cut large neighbourhoods identically.
 */
import { AppError, REL_KINDS, type GraphEdge, type Subgraph } from '#model';
import type { NeighborhoodQuery } from '../graph-store.ts';
import type { CountedRead, Degrees, SubgraphReads } from './subgraph-reads.ts';

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
  const read = await reads.subgraph([focus, ...kept]);
  return orderNeighborhood(query.id, ids, read, truncated);
}

/**
 * A neighbourhood as every backend answers it, from what it read: the focus, then the neighbours in the
 * order the cut kept them (`ids`, focus first), relationships in walking order; NOT_FOUND without focus.
 */
export function orderNeighborhood(
  focus: string,
  ids: readonly string[],
  { nodes, edges, degrees }: CountedRead,
  truncated: boolean,
): Subgraph & { readonly degrees: Degrees } {
  if (!nodes.some((node) => node.id === focus)) throw notFound(focus);
  const order = new Map(ids.map((id, index) => [id, index]));
  return {
    nodes: nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    edges: edges.sort(compareEdges),
    truncated,
    degrees,
  };
}
