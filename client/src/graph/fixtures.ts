// Small hand-made subgraphs for the graph tests (imported by tests only).
import type { NodeKind, RelKind } from '#model';
import type { Edge, EntitySummary, Subgraph } from '../api/answers.ts';

export function node(
  id: string,
  kind: NodeKind,
  name: string,
  extra: Partial<EntitySummary> = {},
): EntitySummary {
  return { id, kind, kindLabel: kind, name, nameEn: null, aliases: [], degree: 1, ...extra };
}

export function edge(kind: RelKind, from: string, to: string, extra: Partial<Edge> = {}): Edge {
  return {
    id: `${kind}:${from}->${to}`,
    kind,
    kindLabel: kind,
    from,
    to,
    properties: [],
    sources: [],
    ...extra,
  };
}

/** 垦利区 with an enterprise located in it and a platform the enterprise hosts. */
export function kenliSubgraph(): Subgraph {
  return {
    nodes: [
      node('region:kenli', 'Region', '垦利区', { nameEn: 'Kenli District', degree: 12 }),
      node('ent:a', 'Enterprise', '山东甲化工有限公司', { degree: 3 }),
      node('plat:a', 'Platform', '甲化工省级工程技术研究中心', { degree: 1 }),
    ],
    edges: [edge('LOCATED_IN', 'ent:a', 'region:kenli'), edge('HOSTS', 'ent:a', 'plat:a')],
    truncated: false,
  };
}

/** The neighbourhood of the enterprise: repeats two known nodes and one known edge, adds a university and a project. */
export function enterpriseExpansion(): Subgraph {
  return {
    nodes: [
      node('ent:a', 'Enterprise', '山东甲化工有限公司', { degree: 3 }),
      node('region:kenli', 'Region', '垦利区', { nameEn: 'Kenli District', degree: 12 }),
      node('uni:b', 'University', '中国石油大学（华东）', {
        nameEn: 'China University of Petroleum',
        degree: 40,
      }),
      node('proj:c', 'Project', '稠油降黏技术合作项目', { degree: 2 }),
    ],
    edges: [
      edge('LOCATED_IN', 'ent:a', 'region:kenli'),
      edge('COOPERATES_WITH', 'ent:a', 'uni:b'),
      edge('PARTICIPATES_IN', 'ent:a', 'proj:c'),
      edge('PARTICIPATES_IN', 'uni:b', 'proj:c'),
    ],
    truncated: false,
  };
}

/**
 * A small district network with hierarchy and years: 山东省 ⊃ 东营市 ⊃ 垦利区; 石油化工 ⊃ 针状焦;
 * two enterprises in 垦利区, a university outside, a project in 针状焦, dated and undated relationships.
 */
export function districtNetwork(): Subgraph {
  const year = (value: number) => ({ properties: [{ key: 'year', label: '年份', value: String(value) }] });
  return {
    nodes: [
      node('r:sd', 'Region', '山东省', { degree: 1 }),
      node('r:dy', 'Region', '东营市', { degree: 2 }),
      node('r:kl', 'Region', '垦利区', { degree: 4 }),
      node('d:pc', 'Domain', '石油化工', { degree: 2 }),
      node('d:nc', 'Domain', '针状焦', { degree: 2 }),
      node('e:hd', 'Enterprise', '汇东新能源', { degree: 3 }),
      node('e:hy', 'Enterprise', '合益化工', { degree: 2 }),
      node('u:upc', 'University', '中国石油大学', { degree: 2 }),
      node('p:nc', 'Project', '针状焦项目', { degree: 3 }),
    ],
    edges: [
      edge('LOCATED_IN', 'r:dy', 'r:sd'),
      edge('LOCATED_IN', 'r:kl', 'r:dy'),
      edge('IN_DOMAIN', 'r:kl', 'd:pc'),
      edge('SUBFIELD_OF', 'd:nc', 'd:pc'),
      edge('LOCATED_IN', 'e:hd', 'r:kl'),
      edge('LOCATED_IN', 'e:hy', 'r:kl'),
      edge('COOPERATES_WITH', 'e:hd', 'u:upc', year(2018)),
      edge('PARTICIPATES_IN', 'e:hd', 'p:nc', year(2020)),
      edge('PARTICIPATES_IN', 'u:upc', 'p:nc', year(2020)),
      edge('IN_DOMAIN', 'p:nc', 'd:nc'),
    ],
    truncated: false,
  };
}
