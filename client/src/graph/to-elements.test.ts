// Tests the conversion of an API subgraph into Cytoscape element definitions.
import { describe, expect, it } from 'vitest';
import { edge, kenliSubgraph, node } from './fixtures.ts';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from './node-styles.ts';
import { subgraphToElements } from './to-elements.ts';

describe('subgraphToElements', () => {
  it('puts every node before every edge and maps from/to to source/target', () => {
    const elements = subgraphToElements(kenliSubgraph());
    expect(elements.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges']);
    const located = elements[3];
    expect(located?.data).toMatchObject({
      id: 'LOCATED_IN:ent:a->region:kenli',
      source: 'ent:a',
      target: 'region:kenli',
      kind: 'LOCATED_IN',
    });
  });

  it('labels nodes with the Chinese name and, in English, with the English name when there is one', () => {
    const [region, enterprise] = subgraphToElements(kenliSubgraph());
    expect(region?.data).toMatchObject({ labelZh: '垦利区', labelEn: 'Kenli District', kind: 'Region' });
    expect(enterprise?.data).toMatchObject({ labelZh: '山东甲化工有限公司', labelEn: '山东甲化工有限公司' });
  });

  it('labels edges with the relationship kind in Chinese and English from the declaration', () => {
    const hosts = subgraphToElements(kenliSubgraph()).find((e) => e.data.id === 'HOSTS:ent:a->plat:a');
    expect(hosts?.data).toMatchObject({ labelZh: '依托建设', labelEn: 'hosts' });
  });

  it('sizes nodes by degree', () => {
    const [region, enterprise, platform] = subgraphToElements(kenliSubgraph());
    expect(region?.data['size']).toBe(nodeSize(12));
    expect(Number(region?.data['size'])).toBeGreaterThan(Number(enterprise?.data['size']));
    expect(Number(enterprise?.data['size'])).toBeGreaterThan(Number(platform?.data['size']));
  });

  it('drops edges whose ends are not in the subgraph and keeps the first of duplicate ids', () => {
    const elements = subgraphToElements({
      nodes: [node('a', 'Enterprise', '甲'), node('a', 'Enterprise', '甲二'), node('b', 'Domain', '新材料')],
      edges: [edge('IN_DOMAIN', 'a', 'b'), edge('IN_DOMAIN', 'a', 'b'), edge('IN_DOMAIN', 'a', 'missing')],
      truncated: false,
    });
    expect(elements.map((e) => e.data.id)).toEqual(['a', 'b', 'IN_DOMAIN:a->b']);
    expect(elements[0]?.data['name']).toBe('甲');
  });
});

describe('nodeSize', () => {
  it('grows gently with degree and stays within its bounds', () => {
    expect(nodeSize(0)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(1)).toBeGreaterThan(nodeSize(0));
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(3));
    expect(nodeSize(100_000)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(Number.NaN)).toBe(MIN_NODE_SIZE);
  });
});
