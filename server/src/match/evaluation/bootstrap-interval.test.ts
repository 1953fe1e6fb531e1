import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, pairedMrrDifference } from './bootstrap-interval.ts';

const outcome = (rank: number) => ({
  ranked: Array.from({ length: 20 }, (_, i) => (i === rank ? 'hit' : `miss${i}`)),
  relevant: new Set(['hit']),
});

describe('bootstrap intervals', () => {
  it('bracket the measured value and are reproducible from their seed', () => {
    const outcomes = Array.from({ length: 200 }, (_, i) => outcome(i % 12));
    const a = bootstrapIntervals(outcomes, 5);
    expect(a).toEqual(bootstrapIntervals(outcomes, 5));
    expect(a.hitAt5[0]).toBeLessThan(5 / 12);
    expect(a.hitAt5[1]).toBeGreaterThan(5 / 12);
    expect(a.mrr[0]).toBeLessThan(a.mrr[1]);
  });

  it('give a paired difference that excludes zero when one method is always ahead', () => {
    const better = Array.from({ length: 100 }, (_, i) => outcome(i % 3));
    const worse = Array.from({ length: 100 }, (_, i) => outcome((i % 3) + 2));
    const [low, high] = pairedMrrDifference(better, worse);
    expect(low).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(low);
  });
});
