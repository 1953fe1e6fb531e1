// What the planner does on the canvas, as callbacks: tap a node or relationship (or the background to clear),
// double-tap a node to expand or collapse it, and hover, which also marks the element and its relationships.
import type { Core, EventObject } from 'cytoscape';
import type { Hover, Selection } from './scene.ts';
import { CLASS } from './stylesheet.ts';

export interface CanvasHandlers {
  readonly select: (selection: Selection | null) => void;
  readonly toggleExpand: (id: string) => void;
  /** Where the pointer is over an element, or null when it leaves (or the view moves). */
  readonly hover: (hover: Hover | null) => void;
}

export function listenToCanvas(cy: Core, container: HTMLElement, handlers: CanvasHandlers): void {
  const { select, toggleExpand, hover } = handlers;
  const idOf = (event: EventObject) => event.target.id() as string;
  const hoverAt = (event: EventObject, type: Hover['type']) => {
    const position = event.renderedPosition ?? { x: 0, y: 0 };
    hover({ type, id: idOf(event), x: position.x, y: position.y });
  };
  const leave = (event: EventObject, edges: boolean) => {
    event.target.removeClass(CLASS.hover);
    if (edges) event.target.connectedEdges().removeClass(CLASS.hover);
    container.style.cursor = '';
    hover(null);
  };
  cy.on('tap', 'node', (event: EventObject) => select({ type: 'node', id: idOf(event) }));
  cy.on('tap', 'edge', (event: EventObject) => select({ type: 'edge', id: idOf(event) }));
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) select(null);
  });
  cy.on('dbltap', 'node', (event: EventObject) => toggleExpand(idOf(event)));
  cy.on('mouseover', 'node', (event: EventObject) => {
    event.target.addClass(CLASS.hover);
    event.target.connectedEdges().addClass(CLASS.hover);
    container.style.cursor = 'pointer';
    hoverAt(event, 'node');
  });
  cy.on('mouseout', 'node', (event: EventObject) => leave(event, true));
  cy.on('mouseover', 'edge', (event: EventObject) => {
    event.target.addClass(CLASS.hover);
    container.style.cursor = 'pointer';
    hoverAt(event, 'edge');
  });
  cy.on('mouseout', 'edge', (event: EventObject) => leave(event, false));
  cy.on('viewport', () => hover(null));
}
