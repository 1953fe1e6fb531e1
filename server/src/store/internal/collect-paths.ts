/**
 * Up to k shortest simple paths between two entities in three statements on every backend: the
 * relationships on short walks from each end, side by side (cypher/<backend>/walk-edges-<n>.cypher; every relationship
 * of a path of at most 2n lies within n of one of its ends), then, shared, distances from the target and
 * simple paths enumerated shortest first with neighbours in (relationship kind, id) order, then one
 * statement for the entities and relationships on the paths (subgraph-of-ids.cypher). Both backends give the same paths in the
 * same order.
 */
import { AppError, type GraphEdge } from '#model';
import type { GraphPath, PathsQuery, PathsResult } from '../graph-store.ts';
import { compareEdges } from './collect-neighborhood.ts';
import type { Degrees, PathReads, WalkEdge } from './subgraph-reads.ts';

type Adjacency = Map<string, WalkEdge[]>;

function adjacencyOf(edges: readonly WalkEdge[]): Adjacency {
  const adjacency: Adjacency = new Map();
  for (const edge of edges) {
    for (const end of edge.from === edge.to ? [edge.from] : [edge.from, edge.to]) {
      adjacency.set(end, [...(adjacency.get(end) ?? []), edge]);
    }
  }
  for (const list of adjacency.values()) list.sort((a, b) => compareEdges(a as GraphEdge, b as GraphEdge));
  return adjacency;
}

/** Distances to `to`, breadth first, up to `maxLength` hops. */
function distancesTo(adjacency: Adjacency, to: string, maxLength: number): Map<string, number> {
  const distance = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let hop = 1; hop <= maxLength && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier)
      for (const edge of adjacency.get(node) ?? []) {
        const other = edge.from === node ? edge.to : edge.from;
        if (!distance.has(other)) {
          distance.set(other, hop);
          next.push(other);
        }
      }
    frontier = next;
  }
  return distance;
}

/** Simple paths from `from` to `to`, shortest first, each length in (relationship kind, id) order. */
export function enumeratePaths(edges: readonly WalkEdge[], query: PathsQuery): GraphPath[] {
  const adjacency = adjacencyOf(edges);
  const distance = distancesTo(adjacency, query.to, query.maxLength);
  const paths: GraphPath[] = [];
  const shortest = distance.get(query.from);
  if (shortest === undefined) return paths;
  for (let length = shortest; length <= query.maxLength && paths.length < query.limit; length++) {
    const walk = (node: string, nodes: string[], path: string[]): void => {
      if (paths.length >= query.limit) return;
      if (node === query.to) {
        if (path.length === length) paths.push({ nodes: [...nodes], edges: [...path] });
        return;
      }
      for (const edge of adjacency.get(node) ?? []) {
        const next = edge.from === node ? edge.to : edge.from;
        const rest = distance.get(next);
        if (rest === undefined || nodes.includes(next) || path.length + 1 + rest > length) continue;
        walk(next, [...nodes, next], [...path, edge.id]);
      }
    };
    walk(query.from, [query.from], []);
  }
  return paths;
}

export async function collectPaths(
  reads: PathReads,
  query: PathsQuery,
): Promise<PathsResult & { readonly degrees: Degrees }> {
  const half = Math.min(3, Math.max(1, Math.ceil(query.maxLength / 2))) as 1 | 2 | 3;
  const [fromSide, toSide] = await Promise.all([
    reads.walks(query.from, half),
    query.to === query.from ? null : reads.walks(query.to, half),
  ]);
  // An end without any relationship: whether it exists at all decides between no path and NOT_FOUND.
  const lonely = [
    ...(fromSide ? [] : [query.from]),
    ...(toSide || query.to === query.from ? [] : [query.to]),
  ];
  if (lonely.length > 0) {
    const found = new Set((await reads.subgraph(lonely.map((id) => ({ id })))).nodes.map((node) => node.id));
    const missing = lonely.find((id) => !found.has(id));
    if (missing)
      throw new AppError('NOT_FOUND', `没有编号为 ${missing} 的实体 / no entity has the id ${missing}`);
  }
  const kinds = new Map([...(fromSide?.kinds ?? []), ...(toSide?.kinds ?? [])]);
  const byId = new Map([...(fromSide?.edges ?? []), ...(toSide?.edges ?? [])].map((edge) => [edge.id, edge]));
  const paths = enumeratePaths([...byId.values()], query);
  const nodeIds = [...new Set(paths.flatMap((path) => path.nodes))];
  const edgeIds = new Set(paths.flatMap((path) => path.edges));
  const empty = { nodes: [], edges: [], degrees: new Map<string, number>() };
  const read =
    nodeIds.length > 0
      ? await reads.subgraph(nodeIds.map((id) => ({ id, ...(kinds.has(id) ? { kind: kinds.get(id) } : {}) })))
      : empty;
  const order = new Map(nodeIds.map((id, index) => [id, index]));
  return {
    paths,
    subgraph: {
      nodes: read.nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
      edges: read.edges.filter((edge) => edgeIds.has(edge.id)).sort(compareEdges),
      truncated: false,
    },
    degrees: read.degrees,
  };
}
