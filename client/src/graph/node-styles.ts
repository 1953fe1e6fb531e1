// Colour and shape of each node kind: typed as Record<NodeKind, …> so a newly declared kind cannot be forgotten.
import type { NodeKind } from '#model';

/** The Cytoscape node shapes the explorer uses (the legend knows how to draw each). */
export type KindShape =
  | 'round-rectangle'
  | 'hexagon'
  | 'star'
  | 'ellipse'
  | 'diamond'
  | 'octagon'
  | 'tag'
  | 'round-triangle'
  | 'barrel'
  | 'pentagon'
  | 'rhomboid'
  | 'vee'
  | 'cut-rectangle';

export interface KindStyle {
  /** Fill colour, #rrggbb. */
  readonly color: string;
  readonly shape: KindShape;
}

export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  Enterprise: { color: '#2b6cb0', shape: 'round-rectangle' },
  University: { color: '#6b46c1', shape: 'hexagon' },
  Academician: { color: '#c53030', shape: 'star' },
  Specialist: { color: '#dd6b20', shape: 'ellipse' },
  Project: { color: '#2f855a', shape: 'diamond' },
  Platform: { color: '#0f7c86', shape: 'octagon' },
  Programme: { color: '#b7791f', shape: 'tag' },
  Need: { color: '#c2417c', shape: 'round-triangle' },
  Domain: { color: '#718a26', shape: 'barrel' },
  Region: { color: '#4a5568', shape: 'pentagon' },
  Agency: { color: '#8c5a3c', shape: 'rhomboid' },
  // The need register's records: a 对接 between two sides, and an activity grouping several.
  Engagement: { color: '#0b94b8', shape: 'vee' },
  Activity: { color: '#9b2c2c', shape: 'cut-rectangle' },
};

/** The register's relationships (a 对接 and its two sides, its activity), drawn dashed in the 对接 colour. */
export const ENGAGEMENT_EDGE_KINDS = ['ENGAGEMENT_FOR', 'ENGAGEMENT_WITH', 'IN_ACTIVITY'] as const;

/** Drawn for a kind the client does not know yet (a newer server). */
export const FALLBACK_STYLE: KindStyle = { color: '#a0aec0', shape: 'ellipse' };

export const MIN_NODE_SIZE = 24;
export const MAX_NODE_SIZE = 64;

/** Node diameter in model pixels: grows with the logarithm of the degree, so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  const safe = Number.isFinite(degree) && degree > 0 ? degree : 0;
  return Math.min(MAX_NODE_SIZE, Math.round(MIN_NODE_SIZE + 7 * Math.log2(1 + safe)));
}
