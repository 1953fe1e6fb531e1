// Tests highlighting paths between two entities on a real headless Cytoscape instance.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { districtNetwork } from './fixtures.ts';
import { highlightPaths } from './path-highlight.ts';
import { CLASS, buildStylesheet } from './stylesheet.ts';
import { subgraphToElements } from './to-elements.ts';

let cy: Core | undefined;
afterEach(() => cy?.destroy());

const viaDistrict = {
  nodeIds: ['e:hd', 'r:kl', 'e:hy'],
  edgeIds: ['LOCATED_IN:e:hd->r:kl', 'LOCATED_IN:e:hy->r:kl'],
};

describe('highlightPaths', () => {
  it('marks the path and fades everything else', () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('zh'),
      elements: subgraphToElements(districtNetwork()),
    });
    highlightPaths(cy, [viaDistrict]);
    expect(
      cy
        .elements(`.${CLASS.onPath}`)
        .map((e) => e.id())
        .sort(),
    ).toEqual([...viaDistrict.nodeIds, ...viaDistrict.edgeIds].sort());
    expect(cy.elements(`.${CLASS.faded}`)).toHaveLength(cy.elements().length - 5);
    expect(Number(cy.getElementById('u:upc').style('opacity'))).toBeLessThan(0.5);
    expect(cy.getElementById('LOCATED_IN:e:hd->r:kl').style('width')).toBe('4px');
  });

  it('returns to normal when no path is shown', () => {
    cy = cytoscape({ headless: true, elements: subgraphToElements(districtNetwork()) });
    highlightPaths(cy, [viaDistrict]);
    highlightPaths(cy, []);
    expect(cy.elements(`.${CLASS.onPath}, .${CLASS.faded}`)).toHaveLength(0);
  });
});
