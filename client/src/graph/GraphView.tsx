// The Cytoscape canvas: draws the scene (draw-scene.ts), keeps the planner's classes (filters, hidden, pinned,
// expanded, paths; use-cy-styling.ts), runs the chosen layout from the current positions (use-layout-switch.ts),
// flashes a node on request, and reports taps, double-taps (expand or collapse) and hovering (cy-events.ts).
// Large views get the fast renderer settings (see create-cy.ts).
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import type { LayoutName } from '../view/view-state.ts';
import { renderChoice, webglAvailable, type RenderChoice } from './create-cy.ts';
import { markReady, NOTHING_DRAWN, startLayout, type Drawn } from './canvas-refs.ts';
import type { RunningLayout } from './layout.ts';
import { drawScene, flashNode, markFocus, settleViewport } from './draw-scene.ts';
import type { PathIds } from './path-highlight.ts';
import type { Flash, Hover, Scene, Selection } from './scene.ts';
import { buildStylesheet } from './stylesheet.ts';
import { useCyInstance } from './use-cy-instance.ts';
import { applyMarks, useCyStyling } from './use-cy-styling.ts';
import { useLayoutSwitch } from './use-layout-switch.ts';
import type { ViewClasses } from './view-classes.ts';

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

function choiceKey(choice: RenderChoice): string {
  return `${choice.style}/${choice.renderer}`;
}

export function GraphView(props: GraphViewProps) {
  const { scene, classes, layout, paths, selection, flash, preferWebgl } = props;
  const { lang, t } = useLang();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<RunningLayout | null>(null);
  const drawnRef = useRef<Drawn>(NOTHING_DRAWN);
  const readyRef = useRef(false);
  const refs = { containerRef, cyRef, layoutRef, drawnRef, readyRef };
  const setReady = (ready: boolean) => markReady({ containerRef, readyRef }, ready);
  const pendingFlash = useRef<string | null>(null);
  const focusId = scene?.focusId ?? null;

  const elementCount = scene ? scene.graph.nodes.length + scene.graph.edges.length : 0;
  const choice = renderChoice(elementCount, preferWebgl, webglAvailable);
  const key = choiceKey(choice);

  const reportVisible = useEffectEvent((cy: Core) => props.onVisibleCount?.(cy.nodes(':visible').length));
  const currentChoice = useEffectEvent(() => choice);
  const currentLayout = useEffectEvent(() => layout);
  const restyle = useEffectEvent((cy: Core, focus: string | null) => {
    applyMarks(cy, { classes, focusId: focus, selection, paths });
    reportVisible(cy);
  });

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

  useCyInstance(refs, {
    choice,
    key,
    select: props.onSelect,
    toggleExpand: props.onToggleExpand,
    hover: props.onHover,
    onCy: props.onCy,
  });

  // Labels follow the language.
  useEffect(() => {
    cyRef.current?.style(buildStylesheet(lang, currentChoice().style));
  }, [lang, key]);

  // Draw the scene: a new base afresh, otherwise only what changed; then lay out what is new.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !scene) return undefined;
    layoutRef.current?.stop();
    const drawn = drawnRef.current;
    const fresh = drawn.cy !== cy || drawn.baseKey !== scene.baseKey;
    const grew = drawScene(cy, scene, fresh);
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
    const request = {
      name: layoutName,
      mode: fresh ? 'fresh' : 'incremental',
      focusId: scene.focusId,
    } as const;
    return startLayout({ layoutRef }, cy, request, (stillWanted) => {
      void settleViewport(cy, fresh ? scene.focusId : null).then(() => {
        if (!stillWanted()) return;
        setReady(true);
        tryFlash();
      });
    });
  }, [scene, key]);

  // A different layout: animate from where the nodes are now.
  useLayoutSwitch(refs, layout, focusId);
  useCyStyling(cyRef, { classes, focusId, selection, paths }, props.onVisibleCount);

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
