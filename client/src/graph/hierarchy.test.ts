// Tests the hierarchical layouts' levels and rows (pure: plain nodes and edges, no Cytoscape).
import { describe, expect, it } from 'vitest';
import { districtNetwork } from './fixtures.ts';
import { LEVEL_GAP, MAX_ROW, hierarchyLevels, hierarchyPositions } from './hierarchy.ts';

const network = districtNetwork();
const nodes = network.nodes.map((n) => ({ id: n.id, kind: n.kind, degree: n.degree }));
const edges = network.edges.map((e) => ({ source: e.from, target: e.to, kind: e.kind }));

function levels(by: 'region' | 'domain') {
  return Object.fromEntries(hierarchyLevels(nodes, edges, by));
}

describe('hierarchy by region', () => {
  it('puts the province on top, then the city, the district, what is in it, and their partners', () => {
    expect(levels('region')).toMatchObject({
      'r:sd': 0,
      'r:dy': 1,
      'r:kl': 2,
      'e:hd': 3,
      'e:hy': 3,
      'd:pc': 3,
      'u:upc': 4,
      'p:nc': 4,
      'd:nc': 4,
    });
  });

  it('draws each level as a row, top-down, children under their parents', () => {
    const positions = hierarchyPositions(nodes, edges, 'region');
    expect(positions.get('r:sd')?.y).toBe(0);
    expect(positions.get('r:dy')?.y).toBe(LEVEL_GAP);
    expect(positions.get('e:hd')?.y).toBe(positions.get('e:hy')?.y);
    expect(positions.get('r:kl')?.x).toBe(0);
  });
});

describe('hierarchy by domain', () => {
  it('puts the domain on top, the subfield below it, and members below their domain', () => {
    expect(levels('domain')).toMatchObject({ 'd:pc': 0, 'd:nc': 1, 'r:kl': 1, 'p:nc': 2 });
  });
});

describe('hierarchy without regions or domains', () => {
  it('starts from the best-connected node and puts unlinked nodes in a bottom row', () => {
    const flat = [
      { id: 'a', kind: 'Enterprise', degree: 1 },
      { id: 'hub', kind: 'University', degree: 5 },
      { id: 'alone', kind: 'Specialist', degree: 0 },
    ];
    const result = hierarchyLevels(flat, [{ source: 'a', target: 'hub', kind: 'COOPERATES_WITH' }], 'region');
    expect(Object.fromEntries(result)).toEqual({ hub: 0, a: 1, alone: 2 });
  });

  it('wraps a wide level onto several rows', () => {
    const many = Array.from({ length: MAX_ROW * 2 + 1 }, (_, i) => ({
      id: `e${i}`,
      kind: 'Enterprise',
      degree: 1,
    }));
    const region = { id: 'r', kind: 'Region', degree: many.length };
    const links = many.map((n) => ({ source: n.id, target: 'r', kind: 'LOCATED_IN' }));
    const positions = hierarchyPositions([region, ...many], links, 'region');
    const rows = new Set(many.map((n) => positions.get(n.id)?.y));
    expect(rows.size).toBe(3);
  });
});
