// Tests the layouts on a real headless Cytoscape instance, and the viewport arithmetic used to centre the focus.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { districtNetwork } from './fixtures.ts';
import { fitCircles, placeOnSpiral, runLayout, withSpiralPositions, zoomToShowAround } from './layout.ts';
import { subgraphToElements } from './to-elements.ts';

let cy: Core | undefined;
afterEach(() => cy?.destroy());

function headless(): Core {
  cy = cytoscape({ headless: true, elements: subgraphToElements(districtNetwork()) });
  cy.nodes().forEach((n, i) => {
    n.position({ x: (i % 3) * 40, y: Math.floor(i / 3) * 40 });
  });
  return cy;
}

function distance(core: Core, a: string, b: string): number {
  const p = core.getElementById(a).position();
  const q = core.getElementById(b).position();
  return Math.hypot(p.x - q.x, p.y - q.y);
}

describe('layouts', () => {
  it('puts the focus in the middle of the concentric layout and hubs nearer than leaves', async () => {
    const core = headless();
    await runLayout(core, { name: 'concentric', mode: 'fresh', focusId: 'e:hy' }).done;
    // Rings around the focus: 汇东新能源 and 针状焦项目 (3 relationships each) share one, 垦利区 (4) is
    // nearer, 山东省 (1) further out.
    expect(distance(core, 'e:hy', 'e:hd')).toBeCloseTo(distance(core, 'e:hy', 'p:nc'), 5);
    expect(distance(core, 'e:hy', 'r:kl')).toBeLessThan(distance(core, 'e:hy', 'e:hd'));
    expect(distance(core, 'e:hy', 'e:hd')).toBeLessThan(distance(core, 'e:hy', 'r:sd'));
  });

  it('lays out by region top-down: province above city above district above enterprises', async () => {
    const core = headless();
    await runLayout(core, { name: 'region', mode: 'fresh' }).done;
    const y = (id: string) => core.getElementById(id).position().y;
    expect(y('r:sd')).toBeLessThan(y('r:dy'));
    expect(y('r:dy')).toBeLessThan(y('r:kl'));
    expect(y('r:kl')).toBeLessThan(y('e:hd'));
  });

  it('lays out by domain with the subfield below its domain', async () => {
    const core = headless();
    await runLayout(core, { name: 'domain', mode: 'fresh' }).done;
    expect(core.getElementById('d:pc').position().y).toBeLessThan(core.getElementById('d:nc').position().y);
  });

  it('spreads connected nodes apart with fCoSE', async () => {
    const core = headless();
    await runLayout(core, { name: 'fcose', mode: 'fresh' }).done;
    const positions = core.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`);
    expect(new Set(positions).size).toBe(core.nodes().length);
    expect(distance(core, 'e:hd', 'p:nc')).toBeGreaterThan(20);
  });

  it('places a large view on a spiral with no two nodes on the same spot', () => {
    const core = headless();
    placeOnSpiral(core.nodes());
    const positions = core.nodes().map((n) => `${n.position().x.toFixed(1)},${n.position().y.toFixed(1)}`);
    expect(new Set(positions).size).toBe(core.nodes().length);
  });
});

describe('quick placement and fit for large views', () => {
  it('gives every node a distinct spiral position in its definition and leaves edges alone', () => {
    const elements = withSpiralPositions(subgraphToElements(districtNetwork()));
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(new Set(nodes.map((n) => `${n.position?.x},${n.position?.y}`)).size).toBe(nodes.length);
    expect(elements.filter((e) => e.group === 'edges').every((e) => e.position === undefined)).toBe(true);
  });

  it('fits every node, whole, into the viewport', () => {
    const circles = [
      { x: -100, y: 0, size: 20 },
      { x: 300, y: 50, size: 40 },
      { x: 0, y: -200, size: 30 },
    ];
    const viewport = fitCircles(circles, { width: 800, height: 600 }, 20, { min: 0.01, max: 4 });
    expect(viewport).not.toBeNull();
    const { zoom, pan } = viewport ?? { zoom: 0, pan: { x: 0, y: 0 } };
    for (const c of circles) {
      expect(zoom * (c.x - c.size / 2) + pan.x).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(zoom * (c.x + c.size / 2) + pan.x).toBeLessThanOrEqual(780 + 1e-9);
      expect(zoom * (c.y - c.size / 2) + pan.y).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(zoom * (c.y + c.size / 2) + pan.y).toBeLessThanOrEqual(580 + 1e-9);
    }
  });

  it('keeps within the zoom limits and fits nothing when there is nothing', () => {
    expect(
      fitCircles([{ x: 0, y: 0, size: 1 }], { width: 800, height: 600 }, 0, { min: 0.1, max: 2 })?.zoom,
    ).toBe(2);
    expect(fitCircles([], { width: 800, height: 600 }, 0, { min: 0.1, max: 2 })).toBeNull();
  });
});

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
