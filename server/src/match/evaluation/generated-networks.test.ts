import { describe, expect, it } from 'vitest';
import { yearOf } from '../learn/graph-index.ts';
import { CHOICE, choiceGraph } from './choice-graph.ts';
import { GROWTH, growthGraph } from './growth-graph.ts';
import { splitByTime } from './split-by-time.ts';

describe('the second and third generated networks', () => {
  it('grow the same network from the same seed, with a year on every cooperation', () => {
    const options = { ...GROWTH, enterprises: 200 };
    expect(growthGraph(options)).toEqual(growthGraph(options));
    const cooperations = growthGraph(options).edges.filter((e) => e.kind === 'COOPERATES_WITH');
    expect(cooperations.length).toBeGreaterThan(100);
    expect(cooperations.every((e) => yearOf(e) !== undefined)).toBe(true);
    expect(growthGraph({ ...options, seed: 2 })).not.toEqual(growthGraph(options));
  });

  it('make every relationship one the domain declares, between entities that exist', () => {
    for (const graph of [
      growthGraph({ ...GROWTH, enterprises: 200 }),
      choiceGraph({ ...CHOICE, enterprises: 200 }),
    ]) {
      const ids = new Set(graph.nodes.map((n) => n.id));
      expect(ids.size).toBe(graph.nodes.length);
      for (const edge of graph.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    }
  });

  it('split by time: everything from the cut-off year is hidden, new partners of those years are the answers', () => {
    const graph = growthGraph({ ...GROWTH, enterprises: 300 });
    const split = splitByTime(graph, 0.2, ['University', 'Specialist']);
    expect(split.train.edges.every((e) => (yearOf(e) ?? 0) < split.cutoff)).toBe(true);
    expect(split.hidden.size).toBeGreaterThan(10);
    const train = new Set(split.train.edges.map((e) => `${e.from}|${e.to}`));
    for (const [enterprise, partners] of split.hidden)
      for (const partner of partners) expect(train.has(`${enterprise}|${partner}`)).toBe(false);
  });
});
