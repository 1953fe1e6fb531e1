import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '#model';
import { FEATURES, zeroVector, type Feature } from './ranking-features.ts';
import {
  bestByModel,
  compareCandidates,
  rankByModel,
  scoreVector,
  sortByModel,
  type RankingModel,
} from './ranking-model.ts';

const weights = {
  ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>),
  fieldBest: 2,
  sameCity: 1,
  trackRecord: 0.5,
};
const model: RankingModel = {
  version: 1,
  origin: 'default',
  weights,
  calibration: { slope: 1, intercept: -3 },
};
const vector = (values: Partial<Record<Feature, number>>) => ({ ...zeroVector(), ...values });

describe('the ranking model', () => {
  it('reads evidence as a calibrated probability, split among the signals so that they add up to it', () => {
    const score = scoreVector(model, vector({ fieldBest: 1, sameCity: 1, trackRecord: 2 }));
    expect(score.evidence).toBeCloseTo(4);
    expect(score.probability).toBeCloseTo(1 / (1 + Math.exp(-1)));
    const total = SIGNALS.reduce((sum, signal) => sum + score.contributions[signal], 0);
    expect(total).toBeCloseTo(score.probability);
    expect(score.contributions.domain).toBeCloseTo((score.probability * 2) / 4);
  });

  it('orders by evidence, then by the features themselves, and never by name', () => {
    const ranked = rankByModel(weights, [
      { id: 'a-北京', values: vector({ fieldBest: 0.5 }) },
      { id: 'b-上海', values: vector({ fieldBest: 0.5, fieldFocus: 0.3 }) },
      { id: 'c-山东', values: vector({ fieldBest: 1 }) },
    ]);
    expect(ranked).toEqual(['c-山东', 'b-上海', 'a-北京']);
    const alike = ['university:北京1', 'university:北京2', 'university:上海1', 'university:上海2'].map(
      (id) => ({ id, values: vector({}) }),
    );
    expect(rankByModel(weights, alike)).not.toEqual([...alike.map((c) => c.id)].sort());
  });

  it('sorts and picks the best exactly as comparing candidates one pair at a time would, ties included', () => {
    // Few distinct values, so that most candidates tie on evidence and many on every feature.
    const value = fc.constantFrom(0, 0.5, 1);
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      values: fc.record({ fieldBest: value, sameCity: value, trackRecord: value, fieldFocus: value }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 40 }),
        fc.nat(45),
        (raw, count) => {
          const items = raw.map((c) => ({ id: c.id, values: vector(c.values) }));
          const expected = [...items].sort(compareCandidates(weights)).map((c) => c.id);
          expect(sortByModel(weights, items).map((c) => c.id)).toEqual(expected);
          expect(bestByModel(weights, items, count).map((c) => c.id)).toEqual(expected.slice(0, count));
        },
      ),
    );
  });
});
