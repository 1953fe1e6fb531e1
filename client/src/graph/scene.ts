// What the graph view draws: the composed subgraph, the focus entity, and which base view it grew from.
import type { Subgraph } from '../api/answers.ts';

/** A partner suggested for an enterprise (the opportunities layer): drawn as a dashed edge with its score. */
export interface SuggestionEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly labelZh: string;
  readonly labelEn: string;
  /** 0–1. */
  readonly score: number;
}

export interface Scene {
  readonly graph: Subgraph;
  /** Suggested partnerships drawn over the graph (both ends are in `graph`); none when the layer is off. */
  readonly suggestions?: readonly SuggestionEdge[];
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
