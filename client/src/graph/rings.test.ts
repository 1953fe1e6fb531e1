// Tests the concentric layout's rings by importance (pure).
import { describe, expect, it } from 'vitest';
import { RING_GAP, importance, ringPositions } from './rings.ts';

function distance(p: { x: number; y: number } | undefined): number {
  return p ? Math.hypot(p.x, p.y) : Number.NaN;
}

describe('ringPositions', () => {
  const nodes = [
    { id: 'focus', degree: 6 },
    { id: 'hub', degree: 23 },
    { id: 'a', degree: 3 },
    { id: 'b', degree: 3 },
    { id: 'c', degree: 3 },
    { id: 'leaf', degree: 1 },
  ];

  it('puts the focus in the middle and better-connected entities on inner rings', () => {
    const positions = ringPositions(nodes, 'focus');
    expect(positions.get('focus')).toEqual({ x: 0, y: 0 });
    expect(distance(positions.get('hub'))).toBeLessThan(distance(positions.get('a')));
    expect(distance(positions.get('a'))).toBeLessThan(distance(positions.get('leaf')));
    expect(distance(positions.get('a'))).toBeCloseTo(distance(positions.get('b')), 6);
  });

  it('keeps rings apart and never puts two nodes on one spot', () => {
    const positions = ringPositions(nodes, 'focus');
    expect(distance(positions.get('a')) - distance(positions.get('hub'))).toBeGreaterThanOrEqual(
      RING_GAP - 1e-9,
    );
    const spots = [...positions.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    expect(new Set(spots).size).toBe(nodes.length);
  });

  it('turns each ring so single-node rings do not line up on one spoke', () => {
    const positions = ringPositions(nodes, 'focus');
    const angle = (id: string) => {
      const p = positions.get(id) ?? { x: 0, y: 0 };
      return Math.atan2(p.y, p.x);
    };
    expect(Math.abs(angle('hub') - angle('leaf'))).toBeGreaterThan(0.1);
  });

  it('widens a crowded ring so its nodes keep their distance', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, degree: 2 }));
    const positions = ringPositions(crowd, null);
    const first = positions.get('n0') ?? { x: 0, y: 0 };
    const second = positions.get('n1') ?? { x: 0, y: 0 };
    expect(Math.hypot(first.x - second.x, first.y - second.y)).toBeGreaterThan(60);
  });

  it('rates importance about two levels per doubling of relationships', () => {
    expect(importance(0)).toBe(0);
    expect(importance(3)).toBe(4);
    expect(importance(Number.NaN)).toBe(0);
  });
});
