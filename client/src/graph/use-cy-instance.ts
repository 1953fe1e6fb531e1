// The canvas's Cytoscape instance: created once, and again when the view crosses into or out of the large
// settings (`key`); listening to the planner (cy-events.ts), exposed as window.kgExplorer for the browser tests
// and the benchmark, and destroyed with whatever layout is running.
import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent } from 'react';
import { markReady, NOTHING_DRAWN, type CanvasRefs } from './canvas-refs.ts';
import { createCy, type RenderChoice } from './create-cy.ts';
import { listenToCanvas, type CanvasHandlers } from './cy-events.ts';
import { registerFcose } from './layout.ts';
import type { Hover, Selection } from './scene.ts';

export interface CyInstanceOptions extends CanvasHandlers {
  /** Renderer settings for the instance; a new `key` makes a new instance with the settings then. */
  readonly choice: RenderChoice;
  readonly key: string;
  readonly onCy?: ((cy: Core | null) => void) | undefined;
}

export function useCyInstance(
  { containerRef, cyRef, layoutRef, drawnRef, readyRef }: CanvasRefs,
  options: CyInstanceOptions,
): void {
  const select = useEffectEvent((next: Selection | null) => options.select(next));
  const toggleExpand = useEffectEvent((id: string) => options.toggleExpand(id));
  const hover = useEffectEvent((next: Hover | null) => options.hover(next));
  const reportCy = useEffectEvent((cy: Core | null) => options.onCy?.(cy));
  const currentChoice = useEffectEvent(() => options.choice);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    registerFcose();
    const cy = createCy(container, currentChoice(), 'zh');
    listenToCanvas(cy, container, { select, toggleExpand, hover });
    markReady({ containerRef, readyRef }, false);
    cyRef.current = cy;
    drawnRef.current = NOTHING_DRAWN;
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
  }, [containerRef, cyRef, layoutRef, drawnRef, readyRef, options.key]);
}
