// The Cytoscape canvas: draws the scene, keeps the planner's classes (filters, hidden, pinned, expanded, paths),
// runs the chosen layout from the current positions, flashes a node on request, and reports taps, double-taps
// (expand or collapse) and hovering. Large views get the fast renderer settings (see create-cy.ts).
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import type { LayoutName } from '../view/view-state.ts';
import { createCy, renderChoice, webglAvailable, type RenderChoice } from './create-cy.ts';
import {
  fitQuickly,
  placeOnRing,
  registerFcose,
  withSpiralPositions,
  runLayout,
  zoomToShowAround,
  type RunningLayout,
} from './layout.ts';
import { highlightPaths, type PathIds } from './path-highlight.ts';
import type { Flash, Hover, Scene, Selection } from './scene.ts';
import { CLASS, buildStylesheet } from './stylesheet.ts';
import { syncElements } from './sync-elements.ts';
import { subgraphToElements } from './to-elements.ts';
import { applyViewClasses, type ViewClasses } from './view-classes.ts';

declare global {
  interface Window {
    /** For browser tests and the benchmark: the live Cytoscape instance. */
    kgExplorer?: { cy: Core };
  }
}

export interface GraphViewProps {
  readonly scene: Scene | null;
  readonly classes: Omit<ViewClasses, 'focusId'>;
  readonly layout: LayoutName;
  /** Paths to highlight (everything else fades); empty for none. */
  readonly paths: readonly PathIds[];
  readonly selection: Selection | null;
  readonly flash: Flash | null;
  readonly preferWebgl: boolean;
  readonly onSelect: (selection: Selection | null) => void;
  readonly onToggleExpand: (id: string) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** The live instance (null when it goes), for exporting the picture and the visible elements. */
  readonly onCy?: (cy: Core | null) => void;
  /** How many entities are visible after filters and hiding. */
  readonly onVisibleCount?: (count: number) => void;
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
const FLASH_TIMES = 3;
/** Above this many nodes a new view is first drawn on a spiral, before its layout. */
const SPIRAL_FROM = 200;
const FLASH_MS = 260;

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

/** Centres a node and makes it blink a few times. */
async function flashNode(node: NodeSingular): Promise<void> {
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

function choiceKey(choice: RenderChoice): string {
  return `${choice.style}/${choice.renderer}`;
}

export function GraphView(props: GraphViewProps) {
  const { scene, classes, layout, paths, selection, flash, preferWebgl } = props;
  const { lang, t } = useLang();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<RunningLayout | null>(null);
  const drawnRef = useRef<{ cy: Core | null; baseKey: string | null; layout: LayoutName | null }>({
    cy: null,
    baseKey: null,
    layout: null,
  });
  const pendingFlash = useRef<string | null>(null);
  const readyRef = useRef(false);

  const elementCount = scene ? scene.graph.nodes.length + scene.graph.edges.length : 0;
  const choice = renderChoice(elementCount, preferWebgl, webglAvailable);
  const key = choiceKey(choice);

  const select = useEffectEvent((next: Selection | null) => props.onSelect(next));
  const toggleExpand = useEffectEvent((id: string) => props.onToggleExpand(id));
  const hover = useEffectEvent((next: Hover | null) => props.onHover(next));
  const reportCy = useEffectEvent((cy: Core | null) => props.onCy?.(cy));
  const reportVisible = useEffectEvent((cy: Core) => props.onVisibleCount?.(cy.nodes(':visible').length));
  const currentChoice = useEffectEvent(() => choice);
  const currentLayout = useEffectEvent(() => layout);
  const restyle = useEffectEvent((cy: Core, focusId: string | null) => {
    applyViewClasses(cy, { ...classes, focusId });
    applySelection(cy, selection);
    highlightPaths(cy, paths);
    reportVisible(cy);
  });

  const setReady = (ready: boolean) => {
    readyRef.current = ready;
    if (containerRef.current) containerRef.current.dataset['ready'] = String(ready);
  };

  const tryFlash = useEffectEvent(() => {
    const cy = cyRef.current;
    const id = pendingFlash.current;
    // Wait while a new view loads (no scene) or is being drawn and laid out.
    if (!cy || !id || !readyRef.current || !scene || drawnRef.current.baseKey !== scene.baseKey) return;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode() || !node.visible()) return;
    pendingFlash.current = null;
    void flashNode(node as NodeSingular);
  });

  // Create the Cytoscape instance: once, and again when the view crosses into or out of the large settings.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    registerFcose();
    const cy = createCy(container, currentChoice(), 'zh');
    const hoverAt = (event: EventObject, type: Hover['type']) => {
      const position = event.renderedPosition ?? { x: 0, y: 0 };
      hover({ type, id: event.target.id() as string, x: position.x, y: position.y });
    };
    cy.on('tap', 'node', (event: EventObject) => select({ type: 'node', id: event.target.id() as string }));
    cy.on('tap', 'edge', (event: EventObject) => select({ type: 'edge', id: event.target.id() as string }));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) select(null);
    });
    cy.on('dbltap', 'node', (event: EventObject) => toggleExpand(event.target.id() as string));
    cy.on('mouseover', 'node', (event: EventObject) => {
      event.target.addClass(CLASS.hover);
      event.target.connectedEdges().addClass(CLASS.hover);
      container.style.cursor = 'pointer';
      hoverAt(event, 'node');
    });
    cy.on('mouseout', 'node', (event: EventObject) => {
      event.target.removeClass(CLASS.hover);
      event.target.connectedEdges().removeClass(CLASS.hover);
      container.style.cursor = '';
      hover(null);
    });
    cy.on('mouseover', 'edge', (event: EventObject) => {
      event.target.addClass(CLASS.hover);
      container.style.cursor = 'pointer';
      hoverAt(event, 'edge');
    });
    cy.on('mouseout', 'edge', (event: EventObject) => {
      event.target.removeClass(CLASS.hover);
      container.style.cursor = '';
      hover(null);
    });
    cy.on('viewport', () => hover(null));
    setReady(false);
    cyRef.current = cy;
    drawnRef.current = { cy: null, baseKey: null, layout: null };
    window.kgExplorer = { cy };
    reportCy(cy);
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
      cyRef.current = null;
      if (window.kgExplorer?.cy === cy) delete window.kgExplorer;
      reportCy(null);
      cy.destroy();
    };
  }, [key]);

  // Labels follow the language.
  useEffect(() => {
    cyRef.current?.style(buildStylesheet(lang, currentChoice().style));
  }, [lang, key]);

  // Draw the scene: a new base afresh, otherwise only what changed; then lay out what is new.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !scene) return undefined;
    layoutRef.current?.stop();
    const elements = subgraphToElements(scene.graph);
    const drawn = drawnRef.current;
    const fresh = drawn.cy !== cy || drawn.baseKey !== scene.baseKey;
    let grew = true;
    if (fresh) {
      const large = scene.graph.nodes.length > SPIRAL_FROM;
      cy.batch(() => {
        cy.elements().remove();
        // Large views: drawn at once on a spiral, then laid out.
        const nodes = cy.add(large ? withSpiralPositions(elements) : elements).nodes();
        if (!large) placeOnRing(nodes, { x: 0, y: 0 });
      });
      if (large) fitQuickly(cy, VIEW_PADDING);
    } else {
      grew = syncElements(cy, elements).added.nodes().nonempty();
    }
    const layoutName = currentLayout();
    drawnRef.current = { cy, baseKey: scene.baseKey, layout: layoutName };
    markFocus(cy, scene.focusId);
    restyle(cy, scene.focusId);

    if (!grew) {
      setReady(true);
      tryFlash();
      return undefined;
    }
    setReady(false);
    const running = runLayout(cy, {
      name: layoutName,
      mode: fresh ? 'fresh' : 'incremental',
      focusId: scene.focusId,
    });
    layoutRef.current = running;
    let current = true;
    void running.done
      .then(() => (current ? settleViewport(cy, fresh ? scene.focusId : null) : undefined))
      .then(() => {
        if (!current) return;
        setReady(true);
        tryFlash();
      });
    return () => {
      current = false;
    };
  }, [scene, key]);

  // A different layout: animate from where the nodes are now.
  useEffect(() => {
    const cy = cyRef.current;
    const drawn = drawnRef.current;
    if (!cy || drawn.cy !== cy || drawn.layout === layout || cy.nodes().empty()) return undefined;
    drawnRef.current = { ...drawn, layout };
    layoutRef.current?.stop();
    setReady(false);
    const running = runLayout(cy, { name: layout, mode: 'incremental', focusId: scene?.focusId ?? null });
    layoutRef.current = running;
    let current = true;
    void running.done.then(() => {
      if (current) setReady(true);
    });
    return () => {
      current = false;
    };
  }, [layout, scene?.focusId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyViewClasses(cy, { ...classes, focusId: scene?.focusId ?? null });
    reportVisible(cy);
  }, [classes, scene?.focusId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selection);
  }, [selection]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) highlightPaths(cy, paths);
  }, [paths]);

  useEffect(() => {
    if (!flash) return;
    pendingFlash.current = flash.id;
    tryFlash();
  }, [flash]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      data-testid="graph"
      data-renderer={choice.renderer}
      data-style={choice.style}
      role="img"
      aria-label={t.graphLabel}
    />
  );
}
