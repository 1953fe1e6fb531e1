import { describe, expect, it } from 'vitest';
import { CHOICE, choiceGraph } from './choice-graph.ts';
import { bestPossibleRanker, drawProbabilities, generatingOdds } from './generating-odds.ts';
import { GROWTH, growthGraph } from './growth-graph.ts';
import { SMALL, syntheticGraph } from './synthetic-graph.ts';

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe("the generators' own odds", () => {
  it('mix a share of uniform noise into the weighted draw, and sum to one', () => {
    const p = drawProbabilities([3, 1, 0], 0.3);
    expect(sum(p)).toBeCloseTo(1, 12);
    expect(p[0]).toBeCloseTo(0.1 + 0.7 * 0.75, 12);
    expect(p[2]).toBeCloseTo(0.1, 12);
    expect([...drawProbabilities([0, 0], 0)]).toEqual([0, 0]);
  });

  it("answer an enterprise's first draw at or after a year, and keep only the first draw of each year", () => {
    const odds = generatingOdds();
    odds.record('e', 2018, ['a', 'b'], Float64Array.from([0.9, 0.1]));
    odds.record('e', 2015, ['a', 'b'], Float64Array.from([0.2, 0.8]));
    odds.record('e', 2018, ['a', 'b'], Float64Array.from([0.5, 0.5]));
    expect(odds.oddsOf('e')?.get('b')).toBe(0.8);
    expect(odds.oddsOf('e', 2016)?.get('a')).toBe(0.9);
    expect(odds.oddsOf('e', 2019)).toBeUndefined();
    expect(odds.oddsOf('nobody')).toBeUndefined();
  });

  it('rank candidates by those odds, the never-drawn in the same fixed order every time', () => {
    const odds = generatingOdds();
    odds.record('e', 0, ['a', 'b', 'c'], Float64Array.from([0.2, 0.5, 0.3]));
    const rank = bestPossibleRanker(odds, 7);
    expect(rank('e', ['a', 'b', 'c'])).toEqual(['b', 'c', 'a']);
    expect(rank('other', ['a', 'b', 'c'])).toEqual(rank('other', ['a', 'b', 'c']));
    expect(rank('other', ['a', 'b', 'c']).sort()).toEqual(['a', 'b', 'c']);
  });

  it('are recorded without changing the network, as probabilities over every candidate', () => {
    const networks = [
      (odds?: ReturnType<typeof generatingOdds>) => syntheticGraph({ ...SMALL, enterprises: 80 }, odds),
      (odds?: ReturnType<typeof generatingOdds>) => growthGraph({ ...GROWTH, enterprises: 120 }, odds),
      (odds?: ReturnType<typeof generatingOdds>) => choiceGraph({ ...CHOICE, enterprises: 80 }, odds),
    ];
    for (const make of networks) {
      const odds = generatingOdds();
      const graph = make(odds);
      expect(graph).toEqual(make());
      const drawn = graph.nodes.filter((n) => n.kind === 'Enterprise' && odds.oddsOf(n.id));
      expect(drawn.length).toBeGreaterThan(20);
      for (const enterprise of drawn)
        expect(sum(odds.oddsOf(enterprise.id)?.values() ?? [])).toBeCloseTo(1, 9);
    }
  });
});
