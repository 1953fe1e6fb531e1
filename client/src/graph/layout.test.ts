// Tests the viewport arithmetic used to centre the focus entity while keeping the whole graph in view.
import { describe, expect, it } from 'vitest';
import { zoomToShowAround } from './layout.ts';

describe('zoomToShowAround', () => {
  const viewport = { width: 800, height: 600 };

  it('fits the box exactly when the centre is the middle of the box', () => {
    const zoom = zoomToShowAround({ x1: -200, y1: -100, x2: 200, y2: 100 }, { x: 0, y: 0 }, viewport, 0, 10);
    expect(zoom).toBe(2);
  });

  it('zooms out further when the centre is off to one side', () => {
    const box = { x1: -200, y1: -100, x2: 200, y2: 100 };
    const middle = zoomToShowAround(box, { x: 0, y: 0 }, viewport, 20, 10);
    const side = zoomToShowAround(box, { x: 150, y: 0 }, viewport, 20, 10);
    expect(side).toBeLessThan(middle);
    expect(side).toBeCloseTo((400 - 20) / 350);
  });

  it('never zooms in beyond the maximum for small graphs', () => {
    expect(zoomToShowAround({ x1: -5, y1: -5, x2: 5, y2: 5 }, { x: 0, y: 0 }, viewport, 30, 1.25)).toBe(1.25);
  });
});
