// Putting a scene on the canvas: a new base view afresh (large ones at once on a spiral), otherwise only what
// changed; the focus, the selection (with its relationships) marked; and the viewport moves after a layout
// (centre the focus, flash a node).
import type { Core, NodeSingular } from 'cytoscape';
import { fitQuickly, placeOnRing, withSpiralPositions, zoomToShowAround } from './layout.ts';
import type { Scene, Selection } from './scene.ts';
import { CLASS } from './stylesheet.ts';
import { syncElements } from './sync-elements.ts';
import { sceneElements } from './to-elements.ts';

/** Small graphs are not blown up beyond this zoom when fitted. */
const MAX_FIT_ZOOM = 1.25;
const VIEW_PADDING = 30;
const FLASH_TIMES = 3;
/** Above this many nodes a new view is first drawn on a spiral, before its layout. */
const SPIRAL_FROM = 200;
const FLASH_MS = 260;

/** Draws the scene, afresh or by difference; true when nodes were added (so a layout is due). */
export function drawScene(cy: Core, scene: Scene, fresh: boolean): boolean {
  const elements = sceneElements(scene.graph, scene.suggestions);
  if (!fresh) return syncElements(cy, elements).added.nodes().nonempty();
  const large = scene.graph.nodes.length > SPIRAL_FROM;
  cy.batch(() => {
    cy.elements().remove();
    // Large views: drawn at once on a spiral, then laid out.
    const nodes = cy.add(large ? withSpiralPositions(elements) : elements).nodes();
    if (!large) placeOnRing(nodes, { x: 0, y: 0 });
  });
  if (large) fitQuickly(cy, VIEW_PADDING);
  return true;
}

export function applySelection(cy: Core, selection: Selection | null): void {
  cy.batch(() => {
    cy.elements(':selected').unselect();
    cy.elements(`.${CLASS.linked}`).removeClass(CLASS.linked);
    if (!selection) return;
    const element = cy.getElementById(selection.id);
    if (element.empty()) return;
    element.select();
    if (element.isNode()) element.connectedEdges().addClass(CLASS.linked);
  });
}

export function markFocus(cy: Core, focusId: string | null): void {
  cy.nodes(`.${CLASS.focus}`).removeClass(CLASS.focus);
  if (focusId) cy.getElementById(focusId).addClass(CLASS.focus);
}

/** After a layout: keep the zoom comfortable and, for a new graph, centre the focus with everything still in view. */
export async function settleViewport(cy: Core, centreId: string | null): Promise<void> {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  const node = centreId ? cy.getElementById(centreId) : undefined;
  const focus = node && node.nonempty() && node.visible() ? node : undefined;
  if (!focus && cy.zoom() <= MAX_FIT_ZOOM) return;
  const box = visible.boundingBox({});
  const centre = focus ? focus.position() : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const viewport = { width: cy.width(), height: cy.height() };
  const zoom = zoomToShowAround(box, centre, viewport, VIEW_PADDING, MAX_FIT_ZOOM);
  await cy
    .animation({
      zoom,
      pan: { x: viewport.width / 2 - centre.x * zoom, y: viewport.height / 2 - centre.y * zoom },
      duration: 300,
      easing: 'ease-out-cubic',
    })
    .play()
    .promise();
}

/** Centres a node and makes it blink a few times. */
export async function flashNode(node: NodeSingular): Promise<void> {
  const cy = node.cy();
  const zoom = Math.max(cy.zoom(), 1);
  await cy
    .animation({
      zoom,
      pan: { x: cy.width() / 2 - node.position().x * zoom, y: cy.height() / 2 - node.position().y * zoom },
      duration: 350,
      easing: 'ease-in-out-cubic',
    })
    .play()
    .promise();
  for (let i = 0; i < FLASH_TIMES; i += 1) {
    node.addClass(CLASS.flash);
    await new Promise((resolve) => setTimeout(resolve, FLASH_MS));
    node.removeClass(CLASS.flash);
    await new Promise((resolve) => setTimeout(resolve, FLASH_MS / 2));
  }
}
