// A different layout chosen for what is drawn: animate to it from where the nodes are now.
import { useEffect } from 'react';
import type { LayoutName } from '../view/view-state.ts';
import { markReady, startLayout, type CanvasRefs } from './canvas-refs.ts';

export function useLayoutSwitch(
  { containerRef, cyRef, layoutRef, drawnRef, readyRef }: CanvasRefs,
  layout: LayoutName,
  focusId: string | null,
): void {
  useEffect(() => {
    const cy = cyRef.current;
    const drawn = drawnRef.current;
    if (!cy || drawn.cy !== cy || drawn.layout === layout || cy.nodes().empty()) return undefined;
    drawnRef.current = { ...drawn, layout };
    layoutRef.current?.stop();
    markReady({ containerRef, readyRef }, false);
    const request = { name: layout, mode: 'incremental', focusId } as const;
    return startLayout({ layoutRef }, cy, request, () => markReady({ containerRef, readyRef }, true));
  }, [containerRef, cyRef, layoutRef, drawnRef, readyRef, layout, focusId]);
}
