import { describe, expect, it } from 'vitest';
import { edgeRecord as edge, nodeRecord as node, type GraphEdge, type GraphNode } from '#model';
import { extractFeatures } from './extract-features.ts';
import { indexGraph } from './graph-index.ts';

/** A province with two cities; fields 化工 ⊃ 硼烷, 医药中间体; one enterprise and its possible partners. */
function world(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = [
    node('Region', 'p', '山东省'),
    node('Region', 'c1', '东营市'),
    node('Region', 'c2', '青岛市'),
    node('Region', 'd1', '垦利区'),
    node('Region', 'other', '上海市'),
    node('Domain', 'chem', '化工'),
    node('Domain', 'borane', '硼烷'),
    node('Domain', 'pharma', '医药中间体'),
    node('Enterprise', 'x', '合益化工'),
    node('Enterprise', 'y', '同行企业'),
    node('University', 'near', '同城研究院'),
    node('University', 'far', '外省研究所'),
    node('University', 'sibling', '青岛大学'),
    node('University', 'partner', '已合作院所'),
    node('Specialist', 'adviser', '特派员'),
  ];
  const edges = [
    edge('LOCATED_IN', 'c1', 'p'),
    edge('LOCATED_IN', 'c2', 'p'),
    edge('LOCATED_IN', 'd1', 'c1'),
    edge('SUBFIELD_OF', 'borane', 'chem'),
    edge('SUBFIELD_OF', 'pharma', 'chem'),
    edge('IN_DOMAIN', 'x', 'borane'),
    edge('LOCATED_IN', 'x', 'd1'),
    edge('IN_DOMAIN', 'y', 'borane'),
    edge('COOPERATES_WITH', 'y', 'far', { props: { year: 2023 } }),
    edge('IN_DOMAIN', 'near', 'borane'),
    edge('LOCATED_IN', 'near', 'c1'),
    edge('IN_DOMAIN', 'far', 'borane'),
    edge('IN_DOMAIN', 'far', 'pharma'),
    edge('LOCATED_IN', 'far', 'other'),
    edge('IN_DOMAIN', 'sibling', 'pharma'),
    edge('LOCATED_IN', 'sibling', 'c2'),
    edge('IN_DOMAIN', 'partner', 'borane'),
    edge('COOPERATES_WITH', 'x', 'partner'),
    edge('ADVISES', 'adviser', 'x'),
    edge('WORKS_AT', 'adviser', 'sibling'),
  ];
  return { nodes, edges };
}

const featuresOf = () =>
  new Map(
    extractFeatures(indexGraph(world()), { enterprise: 'x', kinds: ['University'] }).map((c) => [
      c.id,
      c.values,
    ]),
  );

describe('the ranking features of an enterprise’s candidates', () => {
  it('leaves out current partners and ranks fields through the hierarchy, the same field above a sibling', () => {
    const features = featuresOf();
    expect([...features.keys()].sort()).toEqual(['far', 'near', 'sibling']);
    expect(features.get('near')?.fieldBest).toBe(1);
    expect(features.get('sibling')?.fieldBest).toBeGreaterThan(0);
    expect(features.get('sibling')?.fieldBest).toBeLessThan(1);
  });

  it('grades proximity by region level: same city, same province, elsewhere', () => {
    const features = featuresOf();
    expect(features.get('near')).toMatchObject({ sameCity: 1, sameProvince: 0 });
    expect(features.get('sibling')).toMatchObject({ sameCity: 0, sameProvince: 1 });
    expect(features.get('far')).toMatchObject({ sameCity: 0, sameProvince: 0, sameDistrict: 0 });
  });

  it('counts what similar enterprises did and who the enterprise’s people work for, on a log scale', () => {
    const features = featuresOf();
    expect(features.get('far')?.similarHelped).toBeCloseTo(Math.log(2));
    expect(features.get('near')?.similarHelped).toBe(0);
    expect(features.get('sibling')?.networkPeople).toBeGreaterThan(0);
    expect(features.get('far')?.trackRecord).toBeCloseTo(Math.log(2));
  });

  it('gives a broad candidate less focus than one in the enterprise’s field only', () => {
    const features = featuresOf();
    expect(features.get('far')?.fieldFocus).toBeLessThan(features.get('near')?.fieldFocus ?? 0);
  });
});
