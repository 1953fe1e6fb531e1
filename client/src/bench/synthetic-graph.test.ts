// Tests the benchmark's synthetic graph: the promised size, valid ends, and the same graph every time.
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from './synthetic-graph.ts';

describe('syntheticGraph', () => {
  it('has n entities and twice as many relationships, all between distinct existing entities', () => {
    const graph = syntheticGraph(1_000);
    expect(graph.nodes).toHaveLength(1_000);
    expect(graph.edges).toHaveLength(2_000);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.edges) {
      expect(ids.has(edge.from) && ids.has(edge.to) && edge.from !== edge.to).toBe(true);
    }
    expect(new Set(graph.edges.map((e) => [e.from, e.to].sort().join())).size).toBe(2_000);
  });

  it('is the same for the same seed and has hubs', () => {
    expect(syntheticGraph(200)).toEqual(syntheticGraph(200));
    const degrees = syntheticGraph(5_000).nodes.map((n) => n.degree);
    expect(Math.max(...degrees)).toBeGreaterThan(20);
  });
});
