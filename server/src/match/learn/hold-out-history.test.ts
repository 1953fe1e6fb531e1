import { describe, expect, it } from 'vitest';
import { CHOICE, choiceGraph } from '../evaluation/choice-graph.ts';
import { GROWTH, growthGraph } from '../evaluation/growth-graph.ts';
import { SMALL, syntheticGraph } from '../evaluation/synthetic-graph.ts';
import { holdOutHistory } from './hold-out-history.ts';
import { yearOf } from './graph-index.ts';

const pairs = (hidden: Map<string, Set<string>>) =>
  [...hidden].flatMap(([enterprise, partners]) => [...partners].map((partner) => `${enterprise}|${partner}`));

describe('holding out a graph’s own history', () => {
  it('holds out the latest years for validation and the years before for fitting when cooperations are dated', () => {
    const graph = growthGraph({ ...GROWTH, enterprises: 300 });
    const history = holdOutHistory(graph, ['University', 'Specialist'], 1);
    expect(history.split).toBe('year');
    const latestFitGraph = Math.max(...history.fit.train.edges.map((e) => yearOf(e) ?? 0));
    const latestValidationGraph = Math.max(...history.validation.train.edges.map((e) => yearOf(e) ?? 0));
    expect(latestFitGraph).toBeLessThan(latestValidationGraph);
    // The fitting part's graph ends before any cooperation it is asked to predict.
    for (const pair of pairs(history.fit.hidden)) {
      const [from, to] = pair.split('|');
      const edge = graph.edges.find((e) => e.kind === 'COOPERATES_WITH' && e.from === from && e.to === to);
      expect(yearOf(edge ?? { props: {} }) ?? 0).toBeGreaterThan(latestFitGraph);
    }
  });

  it('holds out at random with the seed when cooperations carry no year, fit and validation apart', () => {
    const history = holdOutHistory(syntheticGraph(SMALL), ['University', 'Specialist', 'Platform'], 3);
    expect(history.split).toBe('random');
    const validation = new Set(pairs(history.validation.hidden));
    expect(pairs(history.fit.hidden).some((pair) => validation.has(pair))).toBe(false);
    const fitGraph = new Set(history.fit.train.edges.map((e) => `${e.from}|${e.to}`));
    expect([...validation].some((pair) => fitGraph.has(pair))).toBe(false);
    expect(holdOutHistory(syntheticGraph(SMALL), ['University'], 3).heldOut).toBe('seed 3');
  });

  it('keeps only partners of the kinds asked for', () => {
    const history = holdOutHistory(choiceGraph({ ...CHOICE, enterprises: 400 }), ['University'], 1);
    for (const partners of history.fit.hidden.values())
      for (const partner of partners) expect(partner.startsWith('university:')).toBe(true);
  });
});
