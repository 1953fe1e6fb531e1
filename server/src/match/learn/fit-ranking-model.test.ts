import { describe, expect, it } from 'vitest';
import { seededRandom } from '../evaluation/seeded-random.ts';
import { fitCalibration, fitWeights, type TrainingQuery } from './fit-ranking-model.ts';
import { FEATURES, zeroVector, type Feature } from './ranking-features.ts';
import { evidenceOf } from './ranking-model.ts';

const prior = Object.fromEntries(FEATURES.map((feature) => [feature, 0.5])) as Record<Feature, number>;

/** Queries whose partner was chosen by a logit on fieldBest (2) and sameCity (1), nothing else. */
function simulated(seed: number, count = 300): TrainingQuery[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, q) => {
    const candidates = Array.from({ length: 20 }, (_, c) => {
      const values = zeroVector();
      values.fieldBest = random.next();
      values.sameCity = random.next() < 0.3 ? 1 : 0;
      values.trackRecord = random.next() * 3;
      return { id: `q${q}c${c}`, values };
    });
    const weights = candidates.map((c) => Math.exp(2 * c.values.fieldBest + c.values.sameCity));
    let roll = random.next() * weights.reduce((a, b) => a + b, 0);
    const chosen = candidates.find((_, i) => (roll -= weights[i] ?? 0) <= 0) ?? candidates[0];
    return { candidates, relevant: new Set([chosen?.id ?? '']) };
  });
}

describe('fitting the ranking model', () => {
  it('recovers the weights the choices were made by, and leaves an irrelevant feature near zero', () => {
    const weights = fitWeights(simulated(1), { prior, shrink: 0 });
    expect(weights.fieldBest).toBeGreaterThan(1.4);
    expect(weights.fieldBest).toBeLessThan(2.6);
    expect(weights.sameCity).toBeGreaterThan(0.6);
    expect(weights.trackRecord).toBeLessThan(0.2);
  });

  it('never gives a weight below zero, holds features left out at zero, and is deterministic', () => {
    const a = fitWeights(simulated(2), { prior, without: ['sameCity'] });
    const b = fitWeights(simulated(2), { prior, without: ['sameCity'] });
    expect(a).toEqual(b);
    expect(a.sameCity).toBe(0);
    for (const feature of FEATURES) expect(a[feature]).toBeGreaterThanOrEqual(0);
  });

  it('calibrates evidence to the share of candidates that were the partner', () => {
    const queries = simulated(3);
    const weights = fitWeights(queries, { prior });
    const { slope, intercept } = fitCalibration(queries, weights);
    const points = queries.flatMap((q) =>
      q.candidates.map((c) => ({
        p: 1 / (1 + Math.exp(-(slope * evidenceOf(weights, c.values) + intercept))),
        y: q.relevant.has(c.id) ? 1 : 0,
      })),
    );
    const predicted = points.reduce((sum, point) => sum + point.p, 0);
    const observed = points.reduce((sum, point) => sum + point.y, 0);
    expect(predicted / observed).toBeGreaterThan(0.95);
    expect(predicted / observed).toBeLessThan(1.05);
  });
});
