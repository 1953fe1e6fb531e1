import { describe, expect, it } from 'vitest';
import { rankingMetrics } from './ranking-metrics.ts';

describe('ranking metrics', () => {
  it('counts hits within 5 and 10 and averages reciprocal ranks', () => {
    const metrics = rankingMetrics([
      { ranked: ['a', 'b', 'c'], relevant: new Set(['a']) },
      { ranked: ['x', 'y', 'z', 'w', 'v', 'u', 't'], relevant: new Set(['t']) },
      { ranked: ['x'], relevant: new Set(['missing']) },
    ]);
    expect(metrics).toEqual({ hitAt5: 1 / 3, hitAt10: 2 / 3, mrr: (1 + 1 / 7) / 3, queries: 3 });
  });
});
