// What the canvas's hooks share (GraphView and its use-… hooks): the container, the live Cytoscape instance, the
// layout running, what was last drawn, and whether the drawing has settled (data-ready, for the browser tests).
import type { Core } from 'cytoscape';
import type { RefObject } from 'react';
import type { LayoutName } from '../view/view-state.ts';
import { runLayout, type LayoutRequest, type RunningLayout } from './layout.ts';

/** What the canvas last drew: on which instance, from which base view, in which layout. */
export interface Drawn {
  readonly cy: Core | null;
  readonly baseKey: string | null;
  readonly layout: LayoutName | null;
}

export const NOTHING_DRAWN: Drawn = { cy: null, baseKey: null, layout: null };

export interface CanvasRefs {
  readonly containerRef: RefObject<HTMLDivElement | null>;
  readonly cyRef: RefObject<Core | null>;
  readonly layoutRef: RefObject<RunningLayout | null>;
  readonly drawnRef: RefObject<Drawn>;
  readonly readyRef: RefObject<boolean>;
}

/** Whether the drawing has settled (laid out, viewport moved), also as data-ready on the canvas. */
export function markReady(
  { containerRef, readyRef }: Pick<CanvasRefs, 'containerRef' | 'readyRef'>,
  ready: boolean,
): void {
  readyRef.current = ready;
  if (containerRef.current) containerRef.current.dataset['ready'] = String(ready);
}

/**
 * Runs a layout as the one running and calls `then` when it ends, unless the returned cancel came first;
 * `then` is told whether it is still wanted, for what it does after waiting itself.
 */
export function startLayout(
  { layoutRef }: Pick<CanvasRefs, 'layoutRef'>,
  cy: Core,
  request: LayoutRequest,
  then: (stillWanted: () => boolean) => void,
): () => void {
  const running = runLayout(cy, request);
  layoutRef.current = running;
  let current = true;
  void running.done.then(() => {
    if (current) then(() => current);
  });
  return () => {
    current = false;
  };
}
