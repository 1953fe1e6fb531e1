// Registers the fCoSE force-directed layout once and runs it, fresh or animating from the current positions.
import cytoscape, {
  type Collection,
  type Core,
  type Layouts,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';

let fcoseRegistered = false;

export function registerFcose(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

export type LayoutMode = 'fresh' | 'incremental';

export interface RunningLayout {
  /** Settles when the layout (and its animation) has stopped. */
  readonly done: Promise<void>;
  stop(): void;
}

function layoutOptions(mode: LayoutMode): cytoscape.LayoutOptions {
  const options = {
    name: 'fcose',
    quality: mode === 'fresh' ? 'default' : 'proof',
    randomize: mode === 'fresh',
    animate: mode === 'incremental',
    animationDuration: 650,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    packComponents: false,
    nodeSeparation: 90,
    idealEdgeLength: () => 95,
    nodeRepulsion: () => 6500,
    edgeElasticity: () => 0.45,
    gravity: 0.3,
    numIter: 2500,
  };
  return options;
}

/** Lays out the given elements (the visible ones by default). */
export function runLayout(cy: Core, mode: LayoutMode, elements?: Collection): RunningLayout {
  registerFcose();
  const eles = elements ?? cy.elements(':visible');
  if (eles.nodes().empty()) return { done: Promise.resolve(), stop: () => undefined };
  const layout: Layouts = eles.layout(layoutOptions(mode));
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
