/**
 * The relationship kinds of the graph with their allowed endpoints and properties, declared once.
 * Store schemas, GraphQL enums and import templates derive from this list.
 */
import type { NodeKind, PropertySpec } from './node-kinds.ts';

export const REL_KINDS = [
  'COOPERATES_WITH',
  'WORKS_AT',
  'HOSTS',
  'PARTICIPATES_IN',
  'IN_PROGRAMME',
  'RECRUITED',
  'ADVISES',
  'HAS_NEED',
  'IN_DOMAIN',
  'LOCATED_IN',
  'PART_OF',
  'SUBFIELD_OF',
  'ENGAGEMENT_FOR',
  'ENGAGEMENT_WITH',
  'IN_ACTIVITY',
] as const;

export type RelKind = (typeof REL_KINDS)[number];

export interface RelKindSpec {
  readonly zh: string;
  readonly en: string;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly properties: readonly PropertySpec[];
}

const ORGS: readonly NodeKind[] = ['Enterprise', 'University', 'Agency'];
const PEOPLE: readonly NodeKind[] = ['Academician', 'Specialist'];
/** Whom an enterprise's need may be met by: the kinds the recommender proposes. */
export const ENGAGEMENT_PARTNERS: readonly NodeKind[] = [
  'University',
  'Academician',
  'Specialist',
  'Platform',
  'Enterprise',
];

const year: PropertySpec = { key: 'year', type: 'integer', zh: '年份', en: 'year', measure: 'year' };
const role: PropertySpec = { key: 'role', type: 'string', zh: '角色/方式', en: 'role' };
const amount: PropertySpec = {
  key: 'amount',
  type: 'number',
  zh: '金额（元）',
  en: 'amount (CNY)',
  measure: 'yuan',
};
const share: PropertySpec = { key: 'share', type: 'number', zh: '占比', en: 'share (0–1)', measure: 'share' };

/** Properties every relationship may carry. */
export const COMMON_REL_PROPERTIES: readonly PropertySpec[] = [year, role];

export const REL_KIND_SPECS: Readonly<Record<RelKind, RelKindSpec>> = {
  COOPERATES_WITH: {
    zh: '合作',
    en: 'cooperates with',
    from: [...ORGS, ...PEOPLE, 'Region'],
    to: [...ORGS, ...PEOPLE, 'Platform'],
    properties: [year, role, amount, share],
  },
  WORKS_AT: {
    zh: '任职于',
    en: 'works at',
    from: PEOPLE,
    to: [...ORGS, 'Platform'],
    properties: [year, role],
  },
  HOSTS: {
    zh: '依托建设',
    en: 'hosts',
    from: [...ORGS, 'Region'],
    to: ['Platform'],
    properties: [year, role],
  },
  PARTICIPATES_IN: {
    zh: '参与项目',
    en: 'participates in',
    from: [...ORGS, ...PEOPLE, 'Platform'],
    to: ['Project'],
    properties: [year, role, amount, share],
  },
  IN_PROGRAMME: {
    zh: '入选/实施计划',
    en: 'in programme',
    from: [...ORGS, ...PEOPLE, 'Project', 'Platform', 'Region'],
    to: ['Programme'],
    properties: [year, role, amount],
  },
  RECRUITED: {
    zh: '引进',
    en: 'recruited',
    from: [...ORGS, 'Region'],
    to: PEOPLE,
    properties: [year, role],
  },
  ADVISES: {
    zh: '咨询指导',
    en: 'advises',
    from: [...PEOPLE, 'University'],
    to: [...ORGS, 'Region', 'Need'],
    properties: [year, role],
  },
  HAS_NEED: {
    zh: '提出需求',
    en: 'has need',
    from: ['Enterprise'],
    to: ['Need'],
    properties: [year],
  },
  IN_DOMAIN: {
    zh: '所属领域',
    en: 'in domain',
    from: [...ORGS, ...PEOPLE, 'Project', 'Platform', 'Need', 'Region', 'Programme'],
    to: ['Domain'],
    properties: [role],
  },
  LOCATED_IN: {
    zh: '位于',
    en: 'located in',
    from: [...ORGS, 'Platform', 'Project', 'Region'],
    to: ['Region'],
    properties: [],
  },
  PART_OF: {
    zh: '隶属',
    en: 'part of',
    from: ['University'],
    to: ['University'],
    properties: [],
  },
  SUBFIELD_OF: {
    zh: '子领域',
    en: 'subfield of',
    from: ['Domain'],
    to: ['Domain'],
    properties: [],
  },
  // A 对接 is a node of its own (several between the same two sides on different days), linked to both.
  ENGAGEMENT_FOR: {
    zh: '对接需求方',
    en: 'engagement for',
    from: ['Engagement'],
    to: ['Need', 'Enterprise'],
    properties: [],
  },
  ENGAGEMENT_WITH: {
    zh: '对接对象',
    en: 'engagement with',
    from: ['Engagement'],
    to: ENGAGEMENT_PARTNERS,
    properties: [],
  },
  IN_ACTIVITY: {
    zh: '属于活动',
    en: 'part of activity',
    from: ['Engagement'],
    to: ['Activity'],
    properties: [],
  },
};

export function isRelKind(value: string): value is RelKind {
  return (REL_KINDS as readonly string[]).includes(value);
}

/** Every (from, to) pair a relationship kind allows, in declaration order. */
export function endpointPairs(kind: RelKind): Array<[NodeKind, NodeKind]> {
  const spec = REL_KIND_SPECS[kind];
  const pairs: Array<[NodeKind, NodeKind]> = [];
  for (const from of spec.from) for (const to of spec.to) pairs.push([from, to]);
  return pairs;
}

export function allowsEndpoints(kind: RelKind, from: NodeKind, to: NodeKind): boolean {
  const spec = REL_KIND_SPECS[kind];
  return spec.from.includes(from) && spec.to.includes(to);
}
