import { describe, expect, it } from 'vitest';
import type { NodeKind } from '#model';
import { DEFAULT_RANKING_MODEL } from './learn/default-ranking-model.ts';
import { zeroVector, type Feature } from './learn/ranking-features.ts';
import { modelShortlist, modelSignalWeights, rankByModel } from './rank-by-model.ts';
import type { CandidateFeatures } from './score-candidates.ts';
import { SIGNALS } from './signal-weights.ts';

const vector = (id: string, values: Partial<Record<Feature, number>>) => ({
  id,
  values: { ...zeroVector(), ...values },
});

const paths = (id: string): CandidateFeatures => ({
  id,
  values: { text: 0.5 },
  paths: {
    domain: { nodes: ['e', 'd', id], edges: ['e-d', `${id}-d`] },
    trackRecord: { nodes: [id], edges: [] },
    text: { nodes: [id], edges: [] },
  },
});

describe('ranking a shortlist by the model', () => {
  const vectors = new Map(
    [
      vector('u-field', { fieldBest: 1, fieldCoverage: 1, trackRecord: 3 }),
      vector('u-busy', { trackRecord: 4 }),
      vector('e-near', { sameDistrict: 1, trackRecord: 2 }),
      vector('e-field', { fieldBest: 0.5 }),
    ].map((item) => [item.id, item]),
  );
  const kinds = (id: string): NodeKind => (id.startsWith('e-') ? 'Enterprise' : 'University');
  const ranked = rankByModel(DEFAULT_RANKING_MODEL, vectors, [...vectors.keys()].map(paths), false, kinds);

  it('orders by the evidence, and the contributions add up to the score', () => {
    expect(ranked[0]?.id).toBe('u-field');
    for (const item of ranked) {
      const sum = SIGNALS.reduce((total, signal) => total + item.contributions[signal], 0);
      expect(item.score).toBeCloseTo(sum, 10);
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThan(1);
    }
  });

  it('leaves out an enterprise with nothing to do with the question, however near or busy', () => {
    const ids = ranked.map((item) => item.id);
    expect(ids).not.toContain('e-near');
    expect(ids).toContain('e-field');
  });

  it('shows a path that connects the two before a candidate’s own record', () => {
    expect(ranked[0]?.evidence[0]?.signal).toBe('domain');
    expect(ranked.find((item) => item.id === 'u-busy')?.evidence.map((path) => path.signal)).toEqual([
      'trackRecord',
    ]);
  });

  it('counts the need’s words only when there is a need', () => {
    expect(ranked[0]?.contributions.text).toBe(0);
    const withText = rankByModel(DEFAULT_RANKING_MODEL, vectors, [...vectors.keys()].map(paths), true, kinds);
    expect(withText[0]?.contributions.text).toBeGreaterThan(0);
  });

  it('shortlists the best by evidence with every text hit, and weighs signals by their features', () => {
    const list = modelShortlist(DEFAULT_RANKING_MODEL, [...vectors.values()], ['u-text']);
    expect(list).toContain('u-text');
    expect(modelShortlist(DEFAULT_RANKING_MODEL, [...vectors.values()], [], kinds)).not.toContain('e-near');
    expect(list).toEqual([...list].sort());
    const weights = modelSignalWeights(DEFAULT_RANKING_MODEL);
    expect(weights.domain).toBeGreaterThan(DEFAULT_RANKING_MODEL.weights.fieldBest);
  });
});
