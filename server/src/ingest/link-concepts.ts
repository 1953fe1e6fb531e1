/**
 * Columns that name other entities, by what they mean (所在单位, 合作方, 服务对象 …): the kinds the other
 * end may have, whether a missing one is created, and the relationship each sheet kind makes of it
 * (依托单位 is WORKS_AT for a specialist and HOSTS for a platform). Declared data.
 */
import { REL_KIND_SPECS, type NodeKind, type RelKind } from '#model';

/** Kinds of link a column can express; the relationship follows from the sheet's kind. */
export const LINK_CONCEPT_NAMES = [
  'affiliation',
  'partner',
  'served',
  'person',
  'domain',
  'region',
  'programme',
  'project',
  'platform',
  'recruiter',
  'need',
] as const;
export type LinkConcept = (typeof LINK_CONCEPT_NAMES)[number];

export const PEOPLE: readonly NodeKind[] = ['Academician', 'Specialist'];
export const ORGS: readonly NodeKind[] = ['Enterprise', 'University', 'Agency'];

type Rule = { readonly rel: RelKind; readonly direction: 'out' | 'in'; readonly roleFromHeader?: boolean };

export interface LinkConceptSpec {
  readonly zh: string;
  readonly en: string;
  /** Kinds the other end may have. */
  readonly kinds: readonly NodeKind[];
  /**
   * A missing other end is created: as this kind, or as the kind its name tells (…有限公司 an enterprise,
   * …大学 a university), or never (reported).
   */
  readonly create: NodeKind | 'classify' | null;
  /** The relationship by the sheet's kind; a sheet kind not listed cannot use the column. */
  readonly rules: Partial<Record<NodeKind, Rule>>;
}

const each = (kinds: readonly NodeKind[], rule: Rule): Partial<Record<NodeKind, Rule>> =>
  Object.fromEntries(kinds.map((kind) => [kind, rule]));

export const LINK_CONCEPTS: Readonly<Record<LinkConcept, LinkConceptSpec>> = {
  affiliation: {
    zh: '所在/依托单位',
    en: 'organisation',
    kinds: [...ORGS, 'Platform'],
    create: 'classify',
    rules: {
      ...each(PEOPLE, { rel: 'WORKS_AT', direction: 'out' }),
      Platform: { rel: 'HOSTS', direction: 'in' },
      Project: { rel: 'PARTICIPATES_IN', direction: 'in', roleFromHeader: true },
      Need: { rel: 'HAS_NEED', direction: 'in' },
      University: { rel: 'PART_OF', direction: 'out' },
    },
  },
  partner: {
    zh: '合作方',
    en: 'partner',
    kinds: [...ORGS, ...PEOPLE],
    create: 'classify',
    rules: {
      ...each([...ORGS, ...PEOPLE, 'Region'], { rel: 'COOPERATES_WITH', direction: 'out' }),
      Project: { rel: 'PARTICIPATES_IN', direction: 'in', roleFromHeader: true },
      Platform: { rel: 'COOPERATES_WITH', direction: 'in' },
      Need: { rel: 'ADVISES', direction: 'in' },
    },
  },
  served: {
    zh: '服务对象',
    en: 'organisation served',
    kinds: ['Enterprise', 'University', 'Agency'],
    create: 'classify',
    rules: each([...PEOPLE, 'University'], { rel: 'ADVISES', direction: 'out' }),
  },
  person: {
    zh: '人员',
    en: 'person',
    kinds: PEOPLE,
    create: 'Specialist',
    rules: {
      Project: { rel: 'PARTICIPATES_IN', direction: 'in', roleFromHeader: true },
      Platform: { rel: 'WORKS_AT', direction: 'in' },
      ...each(ORGS, { rel: 'COOPERATES_WITH', direction: 'in' }),
      Need: { rel: 'ADVISES', direction: 'in' },
    },
  },
  domain: {
    zh: '领域',
    en: 'domains',
    kinds: ['Domain'],
    create: 'Domain',
    rules: {
      ...each(REL_KIND_SPECS.IN_DOMAIN.from, { rel: 'IN_DOMAIN', direction: 'out' }),
      Domain: { rel: 'SUBFIELD_OF', direction: 'out' },
    },
  },
  region: {
    zh: '所在地区',
    en: 'region',
    kinds: ['Region'],
    create: 'Region',
    rules: each(REL_KIND_SPECS.LOCATED_IN.from, { rel: 'LOCATED_IN', direction: 'out' }),
  },
  programme: {
    zh: '计划',
    en: 'programme',
    kinds: ['Programme'],
    create: 'Programme',
    rules: each(REL_KIND_SPECS.IN_PROGRAMME.from, { rel: 'IN_PROGRAMME', direction: 'out' }),
  },
  project: {
    zh: '项目',
    en: 'project',
    kinds: ['Project'],
    create: 'Project',
    rules: each(REL_KIND_SPECS.PARTICIPATES_IN.from, { rel: 'PARTICIPATES_IN', direction: 'out' }),
  },
  platform: {
    zh: '平台',
    en: 'platform',
    kinds: ['Platform'],
    create: 'Platform',
    rules: {
      ...each([...ORGS, 'Region'], { rel: 'HOSTS', direction: 'out' }),
      ...each(PEOPLE, { rel: 'WORKS_AT', direction: 'out' }),
    },
  },
  recruiter: {
    zh: '引进单位',
    en: 'recruited by',
    kinds: [...ORGS, 'Region'],
    create: 'classify',
    rules: each(PEOPLE, { rel: 'RECRUITED', direction: 'in' }),
  },
  need: {
    zh: '需求',
    en: 'need',
    kinds: ['Need'],
    create: 'Need',
    rules: { Enterprise: { rel: 'HAS_NEED', direction: 'out' } },
  },
};
