// Keeps the planner's marks on the drawn graph as they change: the view's classes (filters, hidden, pinned,
// expanded, focus), the selection and the highlighted paths; reports how many entities stay visible.
import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { applySelection } from './draw-scene.ts';
import { highlightPaths, type PathIds } from './path-highlight.ts';
import type { Selection } from './scene.ts';
import { applyViewClasses, type ViewClasses } from './view-classes.ts';

export interface CyMarks {
  readonly classes: Omit<ViewClasses, 'focusId'>;
  readonly focusId: string | null;
  readonly selection: Selection | null;
  readonly paths: readonly PathIds[];
}

/** All the marks at once, as after drawing a scene. */
export function applyMarks(cy: Core, { classes, focusId, selection, paths }: CyMarks): void {
  applyViewClasses(cy, { ...classes, focusId });
  applySelection(cy, selection);
  highlightPaths(cy, paths);
}

export function useCyStyling(
  cyRef: RefObject<Core | null>,
  { classes, focusId, selection, paths }: CyMarks,
  onVisibleCount: ((count: number) => void) | undefined,
): void {
  const reportVisible = useEffectEvent((cy: Core) => onVisibleCount?.(cy.nodes(':visible').length));

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyViewClasses(cy, { ...classes, focusId });
    reportVisible(cy);
  }, [cyRef, classes, focusId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selection);
  }, [cyRef, selection]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) highlightPaths(cy, paths);
  }, [cyRef, paths]);
}
