// Composes what is drawn from what was fetched: the base neighbourhood, each expansion in order, and the
// paths between two entities, plus the opportunities layer and any evidence shown by 谁能帮助; and which paths
// stand out. Pure, so a
// shared link (focus + expansions + path) rebuilds the same graph.
import type { PathsAnswer, Subgraph } from '../api/answers.ts';
import { mergeSubgraphs } from '../graph/merge.ts';
import type { PathIds } from '../graph/path-highlight.ts';
import type { Scene, SuggestionEdge } from '../graph/scene.ts';
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

/** Evidence drawn on top of the view: a subgraph merged into the map and the paths to highlight in it. */
export interface EvidenceOverlay {
  readonly graph: Subgraph;
  readonly paths: readonly PathIds[];
}

/** The scene with the evidence merged in, as an expansion is; a cut-short evidence set does not truncate it. */
export function withEvidence(scene: Scene | null, evidence: EvidenceOverlay | null): Scene | null {
  if (!scene || !evidence) return scene;
  const merged = mergeSubgraphs(scene.graph, { ...evidence.graph, truncated: false }).graph;
  return { ...scene, graph: merged };
}

/** A layer of suggested partnerships (机会): the partners merged into the map, the dashed edges drawn over it. */
export interface SuggestionOverlay {
  readonly graph: Subgraph;
  readonly edges: readonly SuggestionEdge[];
}

/** The scene with the suggestions' partners merged in and their edges drawn; the scene itself without a layer. */
export function withSuggestions(scene: Scene | null, layer: SuggestionOverlay | null): Scene | null {
  if (!scene || !layer) return scene;
  const merged = mergeSubgraphs(scene.graph, { ...layer.graph, truncated: false }).graph;
  return { ...scene, graph: merged, suggestions: layer.edges };
}

/** What stands out on the map: the evidence when shown, else the chosen path, else every path found. */
export function highlightedPaths(
  answer: PathsAnswer | null,
  activePath: number | null,
  evidence: EvidenceOverlay | null,
): readonly PathIds[] {
  if (evidence) return evidence.paths;
  if (!answer) return [];
  const chosen = activePath === null ? undefined : answer.paths[activePath];
  return chosen ? [chosen] : answer.paths;
}
