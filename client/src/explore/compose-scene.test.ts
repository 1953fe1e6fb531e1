// Tests composing the drawn graph from the fetched neighbourhood, expansions and paths.
import { describe, expect, it } from 'vitest';
import { enterpriseExpansion, kenliSubgraph, node } from '../graph/fixtures.ts';
import { baseKey, composeScene, expansionKey, pathKey, type Fetched } from './compose-scene.ts';

const input = {
  focusId: 'region:kenli',
  depth: 1 as const,
  limit: 150,
  expanded: [] as string[],
  path: null,
};

function fetched(entries: Partial<{ subgraphs: Fetched['subgraphs']; paths: Fetched['paths'] }>): Fetched {
  return { subgraphs: entries.subgraphs ?? new Map(), paths: entries.paths ?? new Map() };
}

describe('composeScene', () => {
  const base = new Map([[baseKey('region:kenli', 1, 150), kenliSubgraph()]]);

  it('waits for the base neighbourhood', () => {
    expect(composeScene(input, fetched({}))).toBeNull();
  });

  it('draws the base alone, then with each expansion that has arrived', () => {
    const subgraphs = new Map(base).set(expansionKey('ent:a'), enterpriseExpansion());
    expect(composeScene(input, fetched({ subgraphs }))?.graph.nodes).toHaveLength(3);
    const grown = composeScene({ ...input, expanded: ['ent:a', 'not-yet'] }, fetched({ subgraphs }));
    expect(grown?.graph.nodes.map((n) => n.id)).toEqual([
      'region:kenli',
      'ent:a',
      'plat:a',
      'uni:b',
      'proj:c',
    ]);
    expect(grown?.baseKey).toBe(baseKey('region:kenli', 1, 150));
  });

  it('collapsing an expansion leaves exactly the base again', () => {
    const subgraphs = new Map(base).set(expansionKey('ent:a'), enterpriseExpansion());
    const collapsed = composeScene({ ...input, expanded: [] }, fetched({ subgraphs }));
    expect(collapsed?.graph.nodes.map((n) => n.id)).toEqual(['region:kenli', 'ent:a', 'plat:a']);
  });

  it('adds the entities on a path without marking the view truncated', () => {
    const path = { from: 'ent:a', to: 'far', k: 3 };
    const paths = new Map([
      [
        pathKey(path),
        {
          paths: [{ nodeIds: ['ent:a', 'far'], edgeIds: ['COOPERATES_WITH:ent:a->far'], length: 1 }],
          nodes: [node('ent:a', 'Enterprise', '山东甲化工有限公司'), node('far', 'University', '远方大学')],
          edges: [],
          truncated: true,
        },
      ],
    ]);
    const scene = composeScene({ ...input, path }, fetched({ subgraphs: base, paths }));
    expect(scene?.graph.nodes.map((n) => n.id)).toContain('far');
    expect(scene?.graph.truncated).toBe(false);
  });
});
