import { describe, expect, it } from 'vitest';
import { scoreCandidates } from './score-candidates.ts';
import { SIGNAL_WEIGHTS } from './signal-weights.ts';

describe('scoring candidates', () => {
  it('weights each signal and ranks by the sum, ties by id', () => {
    const ranked = scoreCandidates([
      { id: 'b', values: { domain: 1 }, paths: {} },
      { id: 'a', values: { domain: 1 }, paths: {} },
      { id: 'c', values: { domain: 1, proximity: 1 }, paths: {} },
    ]);
    expect(ranked.map((candidate) => candidate.id)).toEqual(['c', 'a', 'b']);
    expect(ranked[0]?.score).toBeCloseTo(SIGNAL_WEIGHTS.domain + SIGNAL_WEIGHTS.proximity);
    expect(ranked[0]?.contributions.proximity).toBeCloseTo(SIGNAL_WEIGHTS.proximity);
  });

  it('keeps the evidence of the strongest signals, at most three', () => {
    const path = (id: string) => ({ nodes: ['x', id], edges: [`e-${id}`] });
    const [only] = scoreCandidates([
      {
        id: 'c',
        values: { domain: 1, text: 1, network: 1, proximity: 0.1 },
        paths: { domain: path('d'), text: path('t'), network: path('n'), proximity: path('p') },
      },
    ]);
    expect(only?.evidence.map((item) => item.signal)).toEqual(['domain', 'network', 'text']);
  });

  it('drops candidates with no signal and clamps values to 0–1', () => {
    const ranked = scoreCandidates([
      { id: 'none', values: {}, paths: {} },
      { id: 'over', values: { domain: 5 }, paths: {} },
    ]);
    expect(ranked.map((candidate) => [candidate.id, candidate.score])).toEqual([
      ['over', SIGNAL_WEIGHTS.domain],
    ]);
  });

  it('has weights that sum to one', () => {
    expect(Object.values(SIGNAL_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
  });
});
