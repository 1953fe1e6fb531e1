// Tests keeping the drawn graph in line with the composed one, on a real headless Cytoscape instance.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeSubgraphs } from './merge.ts';
import { enterpriseExpansion, kenliSubgraph } from './fixtures.ts';
import { syncElements } from './sync-elements.ts';
import { subgraphToElements } from './to-elements.ts';

let cy: Core | undefined;
afterEach(() => cy?.destroy());

describe('syncElements', () => {
  it('adds an expansion next to the node it grew from and leaves drawn nodes where they were', () => {
    cy = cytoscape({ headless: true });
    syncElements(cy, subgraphToElements(kenliSubgraph()));
    cy.getElementById('ent:a').position({ x: 400, y: 300 });
    cy.getElementById('region:kenli').position({ x: 0, y: 0 });

    const grown = mergeSubgraphs(kenliSubgraph(), enterpriseExpansion()).graph;
    const { added, removed } = syncElements(cy, subgraphToElements(grown));

    expect(removed).toBe(0);
    expect(
      added
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['proj:c', 'uni:b']);
    expect(cy.getElementById('ent:a').position()).toEqual({ x: 400, y: 300 });
    const university = cy.getElementById('uni:b').position();
    expect(Math.hypot(university.x - 400, university.y - 300)).toBeLessThan(80);
  });

  it('removes what a collapse took away, and nothing else', () => {
    cy = cytoscape({ headless: true });
    const grown = mergeSubgraphs(kenliSubgraph(), enterpriseExpansion()).graph;
    syncElements(cy, subgraphToElements(grown));
    const { added, removed } = syncElements(cy, subgraphToElements(kenliSubgraph()));
    expect(added).toHaveLength(0);
    expect(removed).toBe(5);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['ent:a', 'plat:a', 'region:kenli']);
  });

  it('places a first drawing on a ring, no two nodes on one spot', () => {
    cy = cytoscape({ headless: true });
    syncElements(cy, subgraphToElements(kenliSubgraph()));
    const spots = cy.nodes().map((n) => `${n.position().x.toFixed(1)},${n.position().y.toFixed(1)}`);
    expect(new Set(spots).size).toBe(3);
  });
});
