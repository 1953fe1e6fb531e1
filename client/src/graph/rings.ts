// The concentric layout by importance: the focus in the middle, then rings of ever less connected entities.
// Each ring starts at its own angle (a golden-angle turn per ring), so small rings do not line up in a spoke.
// Pure: no Cytoscape.

export interface RingNode {
  readonly id: string;
  readonly degree: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Gap between rings and the arc length each node needs on its ring, in model pixels. */
export const RING_GAP = 90;
export const RING_SPACING = 70;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Importance as a ring level: about two levels per doubling of the number of relationships. */
export function importance(degree: number): number {
  return Math.round(2 * Math.log2(1 + Math.max(0, Number.isFinite(degree) ? degree : 0)));
}

export function ringPositions(
  nodes: readonly RingNode[],
  focusId: string | null | undefined,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const others = nodes.filter((n) => n.id !== focusId);
  const hasFocus = others.length < nodes.length;
  if (hasFocus && focusId) positions.set(focusId, { x: 0, y: 0 });
  const byLevel = new Map<number, RingNode[]>();
  for (const node of others) {
    const level = importance(node.degree);
    const ring = byLevel.get(level);
    if (ring) ring.push(node);
    else byLevel.set(level, [node]);
  }
  let radius = hasFocus ? 0 : -RING_GAP;
  let ringIndex = 0;
  for (const level of [...byLevel.keys()].sort((a, b) => b - a)) {
    const ring = (byLevel.get(level) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // A single node with nothing in the middle sits in the middle.
    const needed = ring.length === 1 && radius < 0 ? 0 : (ring.length * RING_SPACING) / (2 * Math.PI);
    radius = Math.max(radius + RING_GAP, needed);
    const start = ringIndex * GOLDEN_ANGLE - Math.PI / 2;
    ring.forEach((node, index) => {
      const angle = start + (2 * Math.PI * index) / ring.length;
      positions.set(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    ringIndex += 1;
  }
  return positions;
}
