/**
 * Up to k shortest simple paths between two entities, built from a backend's edge expansion so both
 * backends give the same paths in the same order: distances from the target by breadth-first search,
 * then simple paths enumerated shortest first, neighbours in (relationship kind, id) order.
 */
import { AppError, type GraphEdge, type Subgraph } from '#model';
import type { NeighborhoodSource } from './collect-neighborhood.ts';
import { compareEdges } from './collect-neighborhood.ts';
import type { GraphPath, PathsQuery, PathsResult } from '../graph-store.ts';

/** Most nodes explored around the target before giving up on completeness. */
const MAX_EXPLORED = 20_000;

export async function collectPaths(source: NeighborhoodSource, query: PathsQuery): Promise<PathsResult> {
  const found = await source.kindsOf([query.from, query.to]);
  for (const id of [query.from, query.to]) {
    if (!found.has(id))
      throw new AppError('NOT_FOUND', `没有编号为 ${id} 的实体 / no entity has the id ${id}`);
  }
  // Distances to the target, and every edge seen, up to maxLength hops.
  const distance = new Map<string, number>([[query.to, 0]]);
  const adjacency = new Map<string, GraphEdge[]>();
  let frontier = [query.to];
  let truncated = false;
  for (let hop = 1; hop <= query.maxLength && frontier.length > 0; hop++) {
    const { edges, capped } = await source.edgesTouching(frontier, MAX_EXPLORED);
    truncated ||= capped;
    const next: string[] = [];
    for (const edge of edges) {
      for (const [a, b] of [
        [edge.from, edge.to],
        [edge.to, edge.from],
      ] as const) {
        const list = adjacency.get(a) ?? [];
        if (!list.some((known) => known.id === edge.id)) list.push(edge);
        adjacency.set(a, list);
        if (!distance.has(b) && distance.get(a) === hop - 1) {
          distance.set(b, hop);
          next.push(b);
        }
      }
    }
    if (distance.size > MAX_EXPLORED) {
      truncated = true;
      break;
    }
    frontier = next;
  }
  for (const list of adjacency.values()) list.sort(compareEdges);

  const paths: GraphPath[] = [];
  const shortest = distance.get(query.from);
  if (shortest !== undefined) {
    for (let length = shortest; length <= query.maxLength && paths.length < query.limit; length++) {
      const walk = (node: string, nodes: string[], edges: string[]): void => {
        if (paths.length >= query.limit) return;
        if (node === query.to) {
          if (edges.length === length) paths.push({ nodes: [...nodes], edges: [...edges] });
          return;
        }
        for (const edge of adjacency.get(node) ?? []) {
          const next = edge.from === node ? edge.to : edge.from;
          const rest = distance.get(next);
          if (rest === undefined || nodes.includes(next) || edges.length + 1 + rest > length) continue;
          walk(next, [...nodes, next], [...edges, edge.id]);
        }
      };
      walk(query.from, [query.from], []);
    }
  }
  const nodeIds = [...new Set(paths.flatMap((path) => path.nodes))];
  const edgeIds = new Set(paths.flatMap((path) => path.edges));
  const edgesById = new Map([...adjacency.values()].flat().map((edge) => [edge.id, edge]));
  const subgraph: Subgraph = {
    nodes: await source.getNodes(nodeIds),
    edges: [...edgeIds]
      .map((id) => edgesById.get(id))
      .filter((edge): edge is GraphEdge => edge !== undefined),
    truncated,
  };
  return { paths, subgraph };
}
