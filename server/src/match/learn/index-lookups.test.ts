import { describe, expect, it } from 'vitest';
import { provinceGraph } from '../evaluation/province-graph.ts';
import { extractFeatures } from './extract-features.ts';
import { indexGraph } from './graph-index.ts';
import { warmLookups } from './index-lookups.ts';

const graph = provinceGraph(2_000);
const enterprises = graph.nodes.filter((node) => node.kind === 'Enterprise').slice(0, 5);
const kinds = ['Enterprise', 'Platform', 'Specialist', 'University'] as const;

describe('the lookups of a graph index', () => {
  it('give the same features whether worked out ahead or on the way', async () => {
    const cold = indexGraph(graph);
    const warm = indexGraph(graph);
    await warmLookups(warm);
    for (const { id } of enterprises)
      expect(extractFeatures(warm, { enterprise: id, kinds })).toEqual(
        extractFeatures(cold, { enterprise: id, kinds }),
      );
  });
});
