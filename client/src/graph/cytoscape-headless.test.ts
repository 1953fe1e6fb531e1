// Tests the stylesheet and the merge against a real headless Cytoscape instance (no mocks).
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_KINDS } from '#model';
import type { Subgraph } from '../api/answers.ts';
import { enterpriseExpansion, kenliSubgraph, node } from './fixtures.ts';
import { addNewElements, mergeSubgraphs } from './merge.ts';
import { KIND_STYLES } from './node-styles.ts';
import { buildStylesheet } from './stylesheet.ts';
import { subgraphToElements } from './to-elements.ts';
import { applyViewClasses } from './view-classes.ts';

function rgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

function headless(subgraph: Subgraph, lang: 'zh' | 'en' = 'zh'): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(lang),
    elements: subgraphToElements(subgraph),
  });
}

let cy: Core | undefined;
afterEach(() => cy?.destroy());

describe('the stylesheet in Cytoscape', () => {
  const oneOfEachKind: Subgraph = {
    nodes: NODE_KINDS.map((kind) => node(`n-${kind}`, kind, `${kind} 节点`, { nameEn: `${kind} node` })),
    edges: [],
    truncated: false,
  };

  it.each(NODE_KINDS)('draws a %s node with its kind colour and shape', (kind) => {
    cy = headless(oneOfEachKind);
    const drawn = cy.getElementById(`n-${kind}`);
    expect(drawn.style('background-color')).toBe(rgb(KIND_STYLES[kind].color));
    expect(drawn.style('shape')).toBe(KIND_STYLES[kind].shape);
  });

  it('labels nodes with the Chinese name, or the English name in English', () => {
    cy = headless(kenliSubgraph(), 'zh');
    expect(cy.getElementById('region:kenli').style('label')).toBe('垦利区');
    cy.style(buildStylesheet('en'));
    expect(cy.getElementById('region:kenli').style('label')).toBe('Kenli District');
    expect(cy.getElementById('ent:a').style('label')).toBe('山东甲化工有限公司');
  });

  it('hides nodes of a filtered kind together with their edges', () => {
    cy = headless(kenliSubgraph());
    applyViewClasses(cy, {
      filters: { hiddenKinds: ['Platform'], domain: null, region: null, years: null },
      hidden: [],
      pinned: [],
      expanded: [],
      focusId: null,
    });
    expect(cy.nodes(':visible').map((n) => n.id())).toEqual(['region:kenli', 'ent:a']);
    expect(cy.edges(':visible').map((e) => e.id())).toEqual(['LOCATED_IN:ent:a->region:kenli']);
  });
});

describe('merging an expansion into Cytoscape', () => {
  it('adds only the new nodes and edges and leaves the drawn ones in place', () => {
    const base = kenliSubgraph();
    cy = headless(base);
    const enterprise = cy.getElementById('ent:a');
    enterprise.position({ x: 120, y: -40 });

    const { graph } = mergeSubgraphs(base, enterpriseExpansion());
    const added = addNewElements(cy, subgraphToElements(graph));

    expect(added.map((e) => e.id()).sort()).toEqual(
      [
        'COOPERATES_WITH:ent:a->uni:b',
        'PARTICIPATES_IN:ent:a->proj:c',
        'PARTICIPATES_IN:uni:b->proj:c',
        'proj:c',
        'uni:b',
      ].sort(),
    );
    expect(cy.nodes()).toHaveLength(5);
    expect(cy.edges()).toHaveLength(5);
    expect(cy.getElementById('ent:a')).toBe(enterprise);
    expect(enterprise.position()).toEqual({ x: 120, y: -40 });
    expect(enterprise.connectedEdges()).toHaveLength(4);
  });

  it('adds nothing when the same expansion arrives twice', () => {
    const base = kenliSubgraph();
    cy = headless(base);
    const { graph } = mergeSubgraphs(base, enterpriseExpansion());
    addNewElements(cy, subgraphToElements(graph));
    const again = addNewElements(cy, subgraphToElements(mergeSubgraphs(graph, enterpriseExpansion()).graph));
    expect(again).toHaveLength(0);
    expect(cy.elements()).toHaveLength(10);
  });
});
