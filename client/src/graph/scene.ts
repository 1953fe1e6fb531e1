// What the graph view draws: the merged subgraph, the focus entity, how it changed, and what is selected.
import type { Subgraph } from '../api/types.ts';

export type SceneChange =
  { readonly type: 'replace' } | { readonly type: 'expand'; readonly anchorId: string };

export interface Scene {
  readonly graph: Subgraph;
  /** The entity the neighbourhood was drawn around (highlighted and centred). */
  readonly focusId: string | null;
  /** A replaced scene is laid out afresh; an expanded one animates from the current positions. */
  readonly change: SceneChange;
}

export type Selection =
  { readonly type: 'node'; readonly id: string } | { readonly type: 'edge'; readonly id: string };
