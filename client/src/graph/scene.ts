// What the graph view draws: the composed subgraph, the focus entity, and which base view it grew from.
import type { Subgraph } from '../api/answers.ts';

export interface Scene {
  readonly graph: Subgraph;
  /** The entity the neighbourhood was drawn around (highlighted and centred). */
  readonly focusId: string | null;
  /**
   * Identifies the base neighbourhood (focus, depth, size). A new base is laid out afresh; the same base with
   * expansions, collapses or a path added is updated in place and animated from the current positions.
   */
  readonly baseKey: string;
}

export type Selection =
  { readonly type: 'node'; readonly id: string } | { readonly type: 'edge'; readonly id: string };

/** A request to jump to a node and make it blink; the nonce repeats a flash on the same node. */
export interface Flash {
  readonly id: string;
  readonly nonce: number;
}

/** What the pointer is over, in pixels relative to the canvas, for the hover card. */
export interface Hover {
  readonly type: 'node' | 'edge';
  readonly id: string;
  readonly x: number;
  readonly y: number;
}
