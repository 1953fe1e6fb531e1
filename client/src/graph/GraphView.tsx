// The Cytoscape canvas: draws the scene, lays it out with fCoSE, and reports taps, double-taps and selection.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { NodeKind } from '../../../server/src/domain/node-kinds.ts';
import { useLang } from '../i18n/lang-context.ts';
import {
  registerFcose,
  placeAround,
  placeOnRing,
  runLayout,
  zoomToShowAround,
  type LayoutMode,
  type RunningLayout,
} from './layout.ts';
import { addNewElements } from './merge.ts';
import type { Scene, Selection } from './scene.ts';
import { CLASS, buildStylesheet } from './stylesheet.ts';
import { subgraphToElements } from './to-elements.ts';

declare global {
  interface Window {
    /** For browser tests: the live Cytoscape instance. */
    kgExplorer?: { cy: Core };
  }
}

export interface GraphViewProps {
  readonly scene: Scene | null;
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly onExpand: (id: string) => void;
}

function applyHiddenKinds(cy: Core, hiddenKinds: ReadonlySet<NodeKind>): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass(CLASS.hiddenKind, hiddenKinds.has(node.data('kind') as NodeKind));
    });
  });
}

function applySelection(cy: Core, selection: Selection | null): void {
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

function markFocus(cy: Core, focusId: string | null): void {
  cy.nodes(`.${CLASS.focus}`).removeClass(CLASS.focus);
  if (focusId) cy.getElementById(focusId).addClass(CLASS.focus);
}

/** Small graphs are not blown up beyond this zoom when fitted. */
const MAX_FIT_ZOOM = 1.25;
const VIEW_PADDING = 30;

/** After a layout: keep the zoom comfortable and, for a new graph, centre the focus with everything still in view. */
async function settleViewport(cy: Core, centreId: string | null): Promise<void> {
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

export function GraphView({ scene, hiddenKinds, selection, onSelect, onExpand }: GraphViewProps) {
  const { lang, t } = useLang();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<RunningLayout | null>(null);

  const select = useEffectEvent((next: Selection | null) => onSelect(next));
  const expand = useEffectEvent((id: string) => onExpand(id));
  const restyle = useEffectEvent((cy: Core) => {
    applyHiddenKinds(cy, hiddenKinds);
    applySelection(cy, selection);
  });

  // Create the Cytoscape instance once per mount.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    registerFcose();
    const cy = cytoscape({
      container,
      style: buildStylesheet('zh'),
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event: EventObject) => select({ type: 'node', id: event.target.id() as string }));
    cy.on('tap', 'edge', (event: EventObject) => select({ type: 'edge', id: event.target.id() as string }));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) select(null);
    });
    cy.on('dbltap', 'node', (event: EventObject) => expand(event.target.id() as string));
    cy.on('mouseover', 'node', (event: EventObject) => {
      event.target.addClass(CLASS.hover);
      event.target.connectedEdges().addClass(CLASS.hover);
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (event: EventObject) => {
      event.target.removeClass(CLASS.hover);
      event.target.connectedEdges().removeClass(CLASS.hover);
      container.style.cursor = '';
    });
    cy.on('mouseover', 'edge', (event: EventObject) => {
      event.target.addClass(CLASS.hover);
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'edge', (event: EventObject) => {
      event.target.removeClass(CLASS.hover);
      container.style.cursor = '';
    });
    container.dataset['ready'] = 'false';
    cyRef.current = cy;
    window.kgExplorer = { cy };
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
      cyRef.current = null;
      if (window.kgExplorer?.cy === cy) delete window.kgExplorer;
      cy.destroy();
    };
  }, []);

  // Labels follow the language.
  useEffect(() => {
    cyRef.current?.style(buildStylesheet(lang));
  }, [lang]);

  // Draw the scene: replace everything, or add only what an expansion brought; then lay out.
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container || !scene) return undefined;
    layoutRef.current?.stop();
    const elements = subgraphToElements(scene.graph);
    let mode: LayoutMode = 'fresh';
    if (scene.change.type === 'expand') {
      const anchor = cy.getElementById(scene.change.anchorId);
      const anchorWasDrawn = anchor.nonempty();
      const added = addNewElements(cy, elements);
      if (anchorWasDrawn) {
        placeAround(anchor, added.nodes());
        mode = 'incremental';
      }
    } else {
      cy.batch(() => {
        cy.elements().remove();
        placeOnRing(cy.add(elements).nodes(), { x: 0, y: 0 });
      });
    }
    markFocus(cy, scene.focusId);
    restyle(cy);

    container.dataset['ready'] = 'false';
    const running = runLayout(cy, mode);
    layoutRef.current = running;
    let current = true;
    void running.done
      .then(() => (current ? settleViewport(cy, mode === 'fresh' ? scene.focusId : null) : undefined))
      .then(() => {
        if (current) container.dataset['ready'] = 'true';
      });
    return () => {
      current = false;
    };
  }, [scene]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyHiddenKinds(cy, hiddenKinds);
  }, [hiddenKinds]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selection);
  }, [selection]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph"
      role="img"
      aria-label={t.graphLabel}
    />
  );
}
