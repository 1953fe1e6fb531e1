// Composes what is drawn from what was fetched: the base neighbourhood, each expansion in order, and the
// paths between two entities. Pure, so a shared link (focus + expansions + path) rebuilds the same graph.
import type { PathsAnswer, Subgraph } from '../api/types.ts';
import { mergeSubgraphs } from '../graph/merge.ts';
import type { Scene } from '../graph/scene.ts';
import type { Depth, PathEnds } from '../view/view-state.ts';

export function baseKey(focusId: string, depth: Depth, limit: number): string {
  return `n|${depth}|${limit}|${focusId}`;
}

export function expansionKey(id: string): string {
  return `x|${id}`;
}

export function pathKey(path: PathEnds): string {
  return `p|${path.k}|${path.from}|${path.to}`;
}

export interface Fetched {
  readonly subgraphs: ReadonlyMap<string, Subgraph>;
  readonly paths: ReadonlyMap<string, PathsAnswer>;
}

export interface ComposeInput {
  readonly focusId: string;
  readonly depth: Depth;
  readonly limit: number;
  readonly expanded: readonly string[];
  readonly path: PathEnds | null;
}

/** The scene, or null while the base neighbourhood has not arrived. Expansions not fetched yet are left out. */
export function composeScene(input: ComposeInput, fetched: Fetched): Scene | null {
  const key = baseKey(input.focusId, input.depth, input.limit);
  const base = fetched.subgraphs.get(key);
  if (!base) return null;
  let graph: Subgraph = base;
  for (const id of input.expanded) {
    const expansion = fetched.subgraphs.get(expansionKey(id));
    if (expansion) graph = mergeSubgraphs(graph, expansion).graph;
  }
  const answer = input.path ? fetched.paths.get(pathKey(input.path)) : undefined;
  if (answer) {
    // A path search cut short does not make the neighbourhood truncated.
    graph = mergeSubgraphs(graph, { nodes: answer.nodes, edges: answer.edges, truncated: false }).graph;
  }
  return { graph, focusId: input.focusId, baseKey: key };
}
