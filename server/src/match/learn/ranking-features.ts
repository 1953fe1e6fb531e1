/**
 * The ranking model's features, declared once: each is graded and does not saturate (counts on a log
 * scale, fields weighted by how specific they are, proximity by region level), and each belongs to one of
 * the signals a recommendation is explained by (#model SIGNALS), so the contributions of a signal's
 * features add up to the signal's contribution, and the signals' to the score.
 */
import type { Signal } from '#model';

export const FEATURES = [
  'fieldBest',
  'fieldCoverage',
  'fieldsShared',
  'fieldFocus',
  'fieldWork',
  'text',
  'similarHelped',
  'network',
  'networkPeople',
  'trackRecord',
  'recentRecord',
  'sameDistrict',
  'sameCity',
  'sameProvince',
] as const;
export type Feature = (typeof FEATURES)[number];

export type FeatureVector = Readonly<Record<Feature, number>>;

export const SIGNAL_OF: Readonly<Record<Feature, Signal>> = {
  fieldBest: 'domain',
  fieldCoverage: 'domain',
  fieldsShared: 'domain',
  fieldFocus: 'domain',
  fieldWork: 'domain',
  text: 'text',
  similarHelped: 'similarHelped',
  network: 'network',
  networkPeople: 'network',
  trackRecord: 'trackRecord',
  recentRecord: 'trackRecord',
  sameDistrict: 'proximity',
  sameCity: 'proximity',
  sameProvince: 'proximity',
};

/** What each feature measures, for the model's description (zh / en). */
export const FEATURE_LABELS: Readonly<Record<Feature, { zh: string; en: string }>> = {
  fieldBest: { zh: '最相符的领域', en: 'closest field' },
  fieldCoverage: { zh: '覆盖企业（需求）领域', en: "covers the enterprise's (need's) fields" },
  fieldsShared: { zh: '共有领域数', en: 'fields shared' },
  fieldFocus: { zh: '专注相关领域', en: 'focused on those fields' },
  fieldWork: { zh: '项目与需求的领域', en: 'fields of projects and needs' },
  text: { zh: '需求关键词', en: 'need keywords' },
  similarHelped: { zh: '服务过同类企业', en: 'helped similar enterprises' },
  network: { zh: '共同关系（机构、项目）', en: 'shared connections (institutions, projects)' },
  networkPeople: { zh: '通过专家的关系', en: 'through people it works with' },
  trackRecord: { zh: '合作业绩（对数）', en: 'track record (log)' },
  recentRecord: { zh: '近年合作', en: 'recent cooperations' },
  sameDistrict: { zh: '同区县或服务本区', en: 'same district, or serves it' },
  sameCity: { zh: '同城', en: 'same city' },
  sameProvince: { zh: '同省', en: 'same province' },
};

const ZERO = Object.freeze(
  Object.fromEntries(FEATURES.map((feature) => [feature, 0])) as Record<Feature, number>,
);
export const zeroVector = (): Record<Feature, number> => ({ ...ZERO });

/** Counts enter on a log scale: log(1 + n), no cap. */
export const logCount = (n: number) => Math.log1p(Math.max(0, n));

/** Field-match strengths (0–1) enter on a log scale too: a weak relation is far from a strong one. */
export const FIELD_FLOOR = 0.05;
export const logMatch = (strength: number) =>
  Math.log1p(Math.max(0, strength) / FIELD_FLOOR) / Math.log1p(1 / FIELD_FLOOR);
