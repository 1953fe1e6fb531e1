// Tests merging an expansion into the drawn graph without duplicates.
import { describe, expect, it } from 'vitest';
import { edge, enterpriseExpansion, kenliSubgraph, node } from './fixtures.ts';
import { mergeSubgraphs } from './merge.ts';

describe('mergeSubgraphs', () => {
  it('appends only the nodes and edges the graph does not have yet', () => {
    const { graph, added } = mergeSubgraphs(kenliSubgraph(), enterpriseExpansion());
    expect(added.nodes.map((n) => n.id)).toEqual(['uni:b', 'proj:c']);
    expect(added.edges.map((e) => e.id)).toEqual([
      'COOPERATES_WITH:ent:a->uni:b',
      'PARTICIPATES_IN:ent:a->proj:c',
      'PARTICIPATES_IN:uni:b->proj:c',
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['region:kenli', 'ent:a', 'plat:a', 'uni:b', 'proj:c']);
    expect(graph.edges).toHaveLength(5);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(5);
  });

  it('keeps the existing objects for nodes that appear again', () => {
    const base = kenliSubgraph();
    const { graph } = mergeSubgraphs(base, enterpriseExpansion());
    expect(graph.nodes[0]).toBe(base.nodes[0]);
  });

  it('adds nothing when the expansion is already drawn', () => {
    const base = kenliSubgraph();
    const { graph, added } = mergeSubgraphs(base, base);
    expect(added.nodes).toEqual([]);
    expect(added.edges).toEqual([]);
    expect(graph.nodes).toHaveLength(base.nodes.length);
    expect(graph.edges).toHaveLength(base.edges.length);
  });

  it('drops edges to nodes that are in neither graph', () => {
    const { added } = mergeSubgraphs(kenliSubgraph(), {
      nodes: [node('d', 'Domain', '化工')],
      edges: [edge('IN_DOMAIN', 'ent:a', 'd'), edge('IN_DOMAIN', 'ghost', 'd')],
      truncated: false,
    });
    expect(added.edges.map((e) => e.id)).toEqual(['IN_DOMAIN:ent:a->d']);
  });

  it('reports the graph as truncated when the expansion was cut short', () => {
    const { graph } = mergeSubgraphs(kenliSubgraph(), { ...enterpriseExpansion(), truncated: true });
    expect(graph.truncated).toBe(true);
  });
});
