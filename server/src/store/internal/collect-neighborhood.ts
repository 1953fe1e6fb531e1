/**
 * Breadth-first neighbourhood of one entity, built from a backend's edge expansion, so both
 * backends cut large neighbourhoods the same way: nearer hops first, then by relationship kind
 * order in the domain, then by id.
 */
import { AppError, REL_KINDS, type GraphEdge, type GraphNode, type NodeKind, type Subgraph } from '#model';
import type { NeighborhoodQuery } from '../graph-store.ts';

export interface NeighborhoodSource {
  getNodes(ids: readonly string[]): Promise<GraphNode[]>;
  kindsOf(ids: readonly string[]): Promise<Map<string, NodeKind>>;
  /** Edges touching any of the ids, at most `cap` each way; `capped` when more existed. */
  edgesTouching(ids: readonly string[], cap: number): Promise<{ edges: GraphEdge[]; capped: boolean }>;
  edgesAmong(ids: readonly string[]): Promise<GraphEdge[]>;
}

const relOrder = new Map<string, number>(REL_KINDS.map((kind, index) => [kind, index]));

/** Relationship kind in declaration order, then id: the order every backend walks edges in. */
export function compareEdges(a: GraphEdge, b: GraphEdge): number {
  return (
    (relOrder.get(a.kind) ?? 0) - (relOrder.get(b.kind) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export async function collectNeighborhood(
  source: NeighborhoodSource,
  query: NeighborhoodQuery,
): Promise<Subgraph> {
  const [focus] = await source.getNodes([query.id]);
  if (!focus)
    throw new AppError('NOT_FOUND', `没有编号为 ${query.id} 的实体 / no entity has the id ${query.id}`);
  const allowed = new Set<NodeKind>(query.kinds);
  const included = new Set<string>([focus.id]);
  let frontier = [focus.id];
  let truncated = false;
  const cap = Math.max(query.limit * 20, 1000);
  for (let hop = 0; hop < query.depth && frontier.length > 0 && !truncated; hop++) {
    const { edges, capped } = await source.edgesTouching(frontier, cap);
    truncated ||= capped;
    const inFrontier = new Set(frontier);
    const candidates = new Set<string>();
    for (const edge of [...edges].sort(compareEdges)) {
      for (const id of [edge.from, edge.to]) {
        if (!included.has(id) && (inFrontier.has(edge.from) || inFrontier.has(edge.to))) candidates.add(id);
      }
    }
    const others = [...candidates];
    const kinds = await source.kindsOf(others);
    const next: string[] = [];
    for (const id of others) {
      const kind = kinds.get(id);
      if (!kind || !allowed.has(kind)) continue;
      if (included.size >= query.limit) {
        truncated = true;
        break;
      }
      included.add(id);
      next.push(id);
    }
    frontier = next;
  }
  const ids = [...included];
  const [nodes, edges] = await Promise.all([source.getNodes(ids), source.edgesAmong(ids)]);
  const order = new Map(ids.map((id, index) => [id, index]));
  return {
    nodes: nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    edges: edges.sort(compareEdges),
    truncated,
  };
}
