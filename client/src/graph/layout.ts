// Layouts: force-directed fCoSE, concentric by importance (rings.ts), hierarchical by region or by domain. Each animates
// from the current positions (pinned nodes stay put); a fresh view is laid out without animation.
import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type Layouts,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../view/view-state.ts';
import { hierarchyPositions, type HierarchyBy } from './hierarchy.ts';
import { ringPositions } from './rings.ts';

let fcoseRegistered = false;

export function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** `fresh`: a new view, laid out from scratch; `incremental`: animate from where nodes are now. */
export type LayoutMode = 'fresh' | 'incremental';

export interface RunningLayout {
  /** Settles when the layout (and its animation) has stopped. */
  readonly done: Promise<void>;
  stop(): void;
}

/** Above this many visible nodes fCoSE runs in draft quality and without animation. */
export const LARGE_LAYOUT_NODES = 1_500;
const ANIMATION_MS = 600;

export interface LayoutRequest {
  readonly name: LayoutName;
  readonly mode: LayoutMode;
  /** Put at the centre of the concentric layout. */
  readonly focusId?: string | null;
}

function fcoseOptions(eles: Collection, mode: LayoutMode): cytoscape.LayoutOptions {
  const large = eles.nodes().length > LARGE_LAYOUT_NODES;
  const pinned = eles.nodes(':locked');
  const options = {
    name: 'fcose',
    quality: large ? 'draft' : mode === 'fresh' ? 'default' : 'proof',
    randomize: mode === 'fresh',
    animate: mode === 'incremental' && !large,
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: !large,
    packComponents: false,
    nodeSeparation: 90,
    idealEdgeLength: () => 95,
    nodeRepulsion: () => 6500,
    edgeElasticity: () => 0.45,
    gravity: 0.3,
    numIter: large ? 1000 : 2500,
    fixedNodeConstraint:
      pinned.nonempty() && mode === 'incremental'
        ? pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }))
        : undefined,
  };
  return options;
}

function concentricOptions(eles: Collection, request: LayoutRequest): cytoscape.LayoutOptions {
  const nodes = eles.nodes().map((n) => ({ id: n.id(), degree: Number(n.data('degree')) || 0 }));
  const positions = ringPositions(nodes, request.focusId);
  // A pinned focus stays where it is: the rings go round it there.
  const focus = request.focusId ? eles.nodes().getElementById(request.focusId) : undefined;
  const centre = focus && focus.nonempty() && focus.locked() ? focus.position() : { x: 0, y: 0 };
  return {
    name: 'preset',
    positions: (node: NodeSingular) => {
      const p = positions.get(node.id());
      return p ? { x: p.x + centre.x, y: p.y + centre.y } : node.position();
    },
    animate: request.mode === 'incremental',
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: 40,
  } as cytoscape.LayoutOptions;
}

function hierarchyOptions(eles: Collection, by: HierarchyBy, mode: LayoutMode): cytoscape.LayoutOptions {
  const nodes = eles.nodes().map((n) => ({
    id: n.id(),
    kind: String(n.data('kind')),
    degree: Number(n.data('degree')) || 0,
  }));
  const edges = eles.edges().map((e) => ({
    source: String(e.data('source')),
    target: String(e.data('target')),
    kind: String(e.data('kind')),
  }));
  const positions = hierarchyPositions(nodes, edges, by);
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate: mode === 'incremental',
    animationDuration: ANIMATION_MS,
    fit: true,
    padding: 40,
  } as cytoscape.LayoutOptions;
}

export function layoutOptions(eles: Collection, request: LayoutRequest): cytoscape.LayoutOptions {
  switch (request.name) {
    case 'concentric':
      return concentricOptions(eles, request);
    case 'region':
      return hierarchyOptions(eles, 'region', request.mode);
    case 'domain':
      return hierarchyOptions(eles, 'domain', request.mode);
    case 'fcose':
    default:
      return fcoseOptions(eles, request.mode);
  }
}

/** Lays out the given elements (the visible ones by default). */
export function runLayout(cy: Core, request: LayoutRequest, elements?: Collection): RunningLayout {
  registerFcose();
  const eles = elements ?? cy.elements(':visible');
  if (eles.nodes().empty()) return { done: Promise.resolve(), stop: () => undefined };
  const layout: Layouts = eles.layout(layoutOptions(eles, request));
  const done = new Promise<void>((resolve) => {
    layout.one('layoutstop', () => resolve());
  });
  layout.run();
  return { done, stop: () => layout.stop() };
}

/** Puts nodes on a ring around a point, so no two start on top of each other (overlapping ends upset edge drawing). */
export function placeOnRing(nodes: NodeCollection, centre: Position): void {
  const count = nodes.length;
  const radius = 40 + 4 * Math.sqrt(count);
  nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, count);
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

/** Places new nodes on a small ring around an anchor, so an incremental layout grows them out of it. */
export function placeAround(anchor: NodeSingular, nodes: NodeCollection): void {
  placeOnRing(nodes, anchor.position());
}

/** Where the n-th node of a sunflower spiral sits: a quick, deterministic first placement for large views. */
export function spiralPosition(index: number, spacing = 30): Position {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const radius = spacing * Math.sqrt(index);
  return { x: radius * Math.cos(index * golden), y: radius * Math.sin(index * golden) };
}

/** Places nodes on the spiral (drawn at once, laid out later). */
export function placeOnSpiral(nodes: NodeCollection, spacing = 30): void {
  nodes.forEach((node, index) => {
    node.position(spiralPosition(index, spacing));
  });
}

/** The same placement given in the element definitions, so adding them costs no position updates. */
export function withSpiralPositions(
  elements: readonly ElementDefinition[],
  spacing = 30,
): ElementDefinition[] {
  let index = 0;
  return elements.map((element) =>
    element.group === 'nodes' ? { ...element, position: spiralPosition(index++, spacing) } : element,
  );
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: Position;
}

/** The zoom and pan that fit circles (centre and diameter) into a viewport, within the zoom limits. */
export function fitCircles(
  circles: Iterable<{ readonly x: number; readonly y: number; readonly size: number }>,
  viewport: { readonly width: number; readonly height: number },
  padding: number,
  zoomLimits: { readonly min: number; readonly max: number },
): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y, size } of circles) {
    x1 = Math.min(x1, x - size / 2);
    y1 = Math.min(y1, y - size / 2);
    x2 = Math.max(x2, x + size / 2);
    y2 = Math.max(y2, y + size / 2);
  }
  if (!Number.isFinite(x1)) return null;
  const width = Math.max(1, x2 - x1);
  const height = Math.max(1, y2 - y1);
  const fit = Math.min((viewport.width - 2 * padding) / width, (viewport.height - 2 * padding) / height);
  const zoom = Math.max(zoomLimits.min, Math.min(zoomLimits.max, fit));
  return {
    zoom,
    pan: {
      x: viewport.width / 2 - zoom * (x1 + width / 2),
      y: viewport.height / 2 - zoom * (y1 + height / 2),
    },
  };
}

/**
 * Fits the nodes into the viewport from their positions and data sizes: unlike cy.fit(), it needs no style
 * and measures no label, which on thousands of nodes is most of the cost before the first frame.
 */
export function fitQuickly(cy: Core, padding: number): void {
  const circles = cy.nodes().map((node) => ({ ...node.position(), size: Number(node.data('size')) || 0 }));
  const viewport = fitCircles(circles, { width: cy.width(), height: cy.height() }, padding, {
    min: cy.minZoom(),
    max: cy.maxZoom(),
  });
  if (viewport) cy.viewport(viewport);
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The largest zoom (at most `maxZoom`) at which a box still fits a viewport of the given size
 * when the viewport is centred on `centre` rather than on the box.
 */
export function zoomToShowAround(
  box: Box,
  centre: Position,
  viewport: { readonly width: number; readonly height: number },
  padding: number,
  maxZoom: number,
): number {
  const halfWidth = Math.max(centre.x - box.x1, box.x2 - centre.x, 1);
  const halfHeight = Math.max(centre.y - box.y1, box.y2 - centre.y, 1);
  const fitWidth = Math.max(1, viewport.width / 2 - padding) / halfWidth;
  const fitHeight = Math.max(1, viewport.height / 2 - padding) / halfHeight;
  return Math.min(maxZoom, fitWidth, fitHeight);
}
