// BENCHMARK ONLY (`?bench=<nodes>[&renderer=canvas|webgl]`): draws a synthetic view with the explorer's own
// renderer settings, without the server, and exposes timings on window.kgBench for scripts/bench-client.ts.
import type { Core } from 'cytoscape';
import { createCy, renderChoice, webglAvailable } from '../graph/create-cy.ts';
import { fitQuickly, withSpiralPositions } from '../graph/layout.ts';
import { subgraphToElements } from '../graph/to-elements.ts';
import { syntheticGraph } from './synthetic-graph.ts';

export interface BenchState {
  readonly nodes: number;
  readonly edges: number;
  readonly renderer: string;
  readonly style: string;
  readonly webglAvailable: boolean;
  /** Milliseconds from navigation start to the first frame with the graph drawn. */
  firstDrawMs: number | null;
  /** Milliseconds from creating Cytoscape to that frame. */
  drawMs: number | null;
  error: string | null;
  /** Milliseconds per step before the first frame: generate, convert, create, add, place, render. */
  readonly phases: Record<string, number>;
  /** Starts recording frame intervals (requestAnimationFrame). */
  startFrames(): void;
  /** Stops and returns the intervals in milliseconds. */
  stopFrames(): number[];
  cy: Core | null;
}

declare global {
  interface Window {
    kgBench?: BenchState;
  }
}

/** The requested size, or null when the page is not a benchmark. */
export function benchRequest(search: string): { nodes: number; webgl: boolean } | null {
  const params = new URLSearchParams(search);
  const nodes = Number(params.get('bench'));
  if (!Number.isInteger(nodes) || nodes <= 0) return null;
  return { nodes: Math.min(nodes, 100_000), webgl: params.get('renderer') === 'webgl' };
}

export function runBench(container: HTMLElement, request: { nodes: number; webgl: boolean }): void {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = now - mark;
    mark = now;
  };
  const graph = syntheticGraph(request.nodes);
  phase('generate');
  const elements = withSpiralPositions(subgraphToElements(graph));
  phase('convert');
  const canWebgl = webglAvailable();
  const choice = renderChoice(elements.length, request.webgl, () => canWebgl);
  let frames: number[] = [];
  let recording = false;
  let last = 0;
  const tick = (now: number) => {
    if (!recording) return;
    if (last > 0) frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  const state: BenchState = {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    renderer: choice.renderer,
    style: choice.style,
    webglAvailable: canWebgl,
    firstDrawMs: null,
    drawMs: null,
    error: null,
    phases,
    cy: null,
    startFrames() {
      frames = [];
      last = 0;
      recording = true;
      requestAnimationFrame(tick);
    },
    stopFrames() {
      recording = false;
      return frames;
    },
  };
  window.kgBench = state;
  try {
    const started = performance.now();
    const cy = createCy(container, choice, 'zh');
    state.cy = cy;
    phase('create');
    // Both renderers draw through renderer.render (the WebGL one emits no 'render' event): note the first
    // call that has the graph, then the next frame, which is the one the planner sees.
    const renderer = (
      cy as unknown as { renderer(): { render: (...args: unknown[]) => unknown } }
    ).renderer();
    const render = renderer.render;
    renderer.render = (...args: unknown[]) => {
      const result = render.apply(renderer, args);
      if (state.drawMs === null && cy.nodes().nonempty()) {
        phase('render');
        renderer.render = render;
        requestAnimationFrame(() => {
          const now = performance.now();
          state.firstDrawMs = now;
          state.drawMs = now - started;
        });
      }
      return result;
    };
    cy.add(elements);
    phase('add');
    fitQuickly(cy, 20);
    phase('fit');
  } catch (error) {
    state.error = error instanceof Error ? error.message : String(error);
  }
}
