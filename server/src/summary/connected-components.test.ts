// Tests the whole-graph clusters: components, sizes, edge counts and the best-connected member as label.
import { describe, expect, it } from 'vitest';
import { connectedComponents } from './connected-components.ts';

describe('connectedComponents', () => {
  it('finds each cluster with its size, its relationships and its best-connected member', () => {
    const clusters = connectedComponents([
      { from: 'heyi', to: 'dalian' },
      { from: 'heyi', to: 'sioc' },
      { from: 'sioc', to: 'borane' },
      { from: 'heyi', to: 'borane' },
      { from: 'huidong', to: 'upc' },
    ]);
    expect(clusters).toEqual([
      { size: 4, edgeCount: 4, labelId: 'heyi', labelDegree: 3 },
      { size: 2, edgeCount: 1, labelId: 'huidong', labelDegree: 1 },
    ]);
  });

  it('ignores direction and counts a node once however many edges it has', () => {
    const clusters = connectedComponents([
      { from: 'a', to: 'b' },
      { from: 'c', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
    expect(clusters).toEqual([{ size: 3, edgeCount: 3, labelId: 'b', labelDegree: 3 }]);
  });

  it('merges clusters that a later edge joins', () => {
    const clusters = connectedComponents([
      { from: 'a', to: 'b' },
      { from: 'c', to: 'd' },
      { from: 'e', to: 'f' },
      { from: 'b', to: 'c' },
    ]);
    expect(clusters.map((c) => c.size)).toEqual([4, 2]);
    expect(clusters[0]?.labelId).toBe('b');
  });

  it('labels a cluster by the smallest id when degrees tie, and orders equal clusters by label', () => {
    const clusters = connectedComponents([
      { from: 'y', to: 'x' },
      { from: 'q', to: 'p' },
    ]);
    expect(clusters.map((c) => c.labelId)).toEqual(['p', 'x']);
  });

  it('returns no cluster for a graph without relationships', () => {
    expect(connectedComponents([])).toEqual([]);
  });

  it('handles a long chain without deep recursion', () => {
    const edges = Array.from({ length: 50_000 }, (_, i) => ({ from: `n${i}`, to: `n${i + 1}` }));
    const [chain] = connectedComponents(edges);
    expect(chain?.size).toBe(50_001);
    expect(chain?.edgeCount).toBe(50_000);
  });
});
