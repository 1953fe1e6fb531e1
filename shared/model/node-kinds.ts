/**
 * The node kinds of the industry–academia graph, declared once.
 * The Cypher schemas, the GraphQL enum, the import templates and the client legend
 * are derived from this list or checked against it by tests.
 */
import { ENGAGEMENT_TYPES, NEED_STATUSES, NEED_TYPES } from './need-register.ts';

export const NODE_KINDS = [
  'Enterprise',
  'University',
  'Academician',
  'Specialist',
  'Project',
  'Platform',
  'Programme',
  'Need',
  'Domain',
  'Region',
  'Agency',
  'Engagement',
  'Activity',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

export type PropertyType = 'string' | 'number' | 'integer';

/**
 * What a value measures, so that an import can check it: a calendar year (not in the future), an amount
 * in yuan (万元/亿元 scaled, never negative), a share between 0 and 1 (30% and 0.3 alike), a day (a string
 * property, stored `YYYY-MM-DD`, not in the future).
 */
export type Measure = 'year' | 'yuan' | 'share' | 'date';

/** A kind-specific property: stored in the node's `props`, validated on import. */
export interface PropertySpec {
  readonly key: string;
  readonly type: PropertyType;
  readonly zh: string;
  readonly en: string;
  /** When present, the only values accepted. */
  readonly values?: readonly string[];
  readonly measure?: Measure;
  /**
   * Also stored as a column (a property) of its own beside the node's props, so the store can filter,
   * sort and count by it in the database (the need register's status, type and dates).
   */
  readonly column?: true;
}

export interface NodeKindSpec {
  readonly zh: string;
  readonly en: string;
  readonly description: string;
  readonly properties: readonly PropertySpec[];
}

export const PLATFORM_LEVELS = ['国家级', '省级', '市级', '区级'] as const;

/** The register's fields of a need (need-register.ts declares the values and the lifecycle). */
const NEED_PROPERTIES: readonly PropertySpec[] = [
  { key: 'needType', type: 'string', zh: '需求类型', en: 'need type', values: NEED_TYPES, column: true },
  { key: 'status', type: 'string', zh: '状态', en: 'status', values: NEED_STATUSES, column: true },
  { key: 'follower', type: 'string', zh: '跟进人', en: 'followed up by', column: true },
  { key: 'raisedOn', type: 'string', zh: '提出日期', en: 'raised on', measure: 'date', column: true },
  { key: 'updatedOn', type: 'string', zh: '状态日期', en: 'status since', measure: 'date', column: true },
  { key: 'solvedOn', type: 'string', zh: '解决日期', en: 'solved on', measure: 'date', column: true },
  {
    key: 'supportAmount',
    type: 'number',
    zh: '资金配套（元）',
    en: 'funding arranged (CNY)',
    measure: 'yuan',
    column: true,
  },
  { key: 'supportPolicy', type: 'string', zh: '配套政策', en: 'policy applied' },
];

const level: PropertySpec = {
  key: 'level',
  type: 'string',
  zh: '级别',
  en: 'level',
  values: PLATFORM_LEVELS,
};

/** The date and the way of a meeting, an engagement's or an activity's: the same columns, their own labels. */
const whenAndHow = (dateZh: string, typeZh: string): readonly PropertySpec[] => [
  { key: 'date', type: 'string', zh: dateZh, en: 'date', measure: 'date', column: true },
  {
    key: 'activityType',
    type: 'string',
    zh: typeZh,
    en: 'activity type',
    values: ENGAGEMENT_TYPES,
    column: true,
  },
];

export const NODE_KIND_SPECS: Readonly<Record<NodeKind, NodeKindSpec>> = {
  Enterprise: {
    zh: '企业',
    en: 'Enterprise',
    description: '区内外企业 · companies',
    properties: [
      { key: 'legalName', type: 'string', zh: '企业全称', en: 'legal name' },
      { key: 'creditCode', type: 'string', zh: '统一社会信用代码', en: 'credit code' },
      { key: 'qualification', type: 'string', zh: '资质', en: 'qualification' },
    ],
  },
  University: {
    zh: '高校院所',
    en: 'University / Institute',
    description:
      '高校、科研院所、科学院及其研究所、行业协会 · universities, institutes, academies, associations',
    properties: [
      {
        key: 'orgType',
        type: 'string',
        zh: '机构类型',
        en: 'organisation type',
        values: ['高校', '科研院所', '科学院', '行业协会'],
      },
    ],
  },
  Academician: {
    zh: '院士',
    en: 'Academician',
    description: '两院院士 · members of the academies',
    properties: [
      { key: 'academy', type: 'string', zh: '所属学部', en: 'academy' },
      { key: 'title', type: 'string', zh: '职称职务', en: 'title' },
    ],
  },
  Specialist: {
    zh: '专家人才',
    en: 'Specialist',
    description:
      '专家、科技特派员、外国专家、人才工程入选者 · experts, science envoys, foreign experts, awardees',
    properties: [
      {
        key: 'role',
        type: 'string',
        zh: '人才类型',
        en: 'type',
        values: ['专家', '科技特派员', '外国专家', '人才工程入选者', '高层次人才'],
      },
      { key: 'nationality', type: 'string', zh: '国籍', en: 'nationality' },
      { key: 'title', type: 'string', zh: '职称职务', en: 'title' },
      level,
    ],
  },
  Project: {
    zh: '项目',
    en: 'Project',
    description: '产学研合作、招引和科技计划项目 · cooperation and investment projects',
    properties: [
      { key: 'status', type: 'string', zh: '状态', en: 'status' },
      { key: 'investment', type: 'number', zh: '投资额（元）', en: 'investment (CNY)', measure: 'yuan' },
      {
        key: 'expectedOutput',
        type: 'number',
        zh: '预计产值（元）',
        en: 'expected output (CNY)',
        measure: 'yuan',
      },
      { key: 'year', type: 'integer', zh: '年份', en: 'year', measure: 'year' },
    ],
  },
  Platform: {
    zh: '创新平台',
    en: 'Innovation platform',
    description:
      '院士工作站、重点实验室、工程技术研究中心、孵化器、众创空间、星创天地、农业科技园区、农高区 · innovation platforms',
    properties: [
      {
        key: 'platformType',
        type: 'string',
        zh: '平台类型',
        en: 'platform type',
        values: [
          '院士工作站',
          '重点实验室',
          '工程技术研究中心',
          '科技企业孵化器',
          '众创空间',
          '星创天地',
          '农业科技园区',
          '农高区',
        ],
      },
      level,
      { key: 'year', type: 'integer', zh: '认定年份', en: 'year recognised', measure: 'year' },
    ],
  },
  Programme: {
    zh: '计划政策',
    en: 'Programme',
    description: '科技计划、人才工程、政策文件与专项活动 · funding schemes, talent programmes, policies',
    properties: [
      {
        key: 'programmeType',
        type: 'string',
        zh: '类型',
        en: 'type',
        values: ['科技计划', '人才工程', '政策文件', '专项活动', '认定'],
      },
      level,
    ],
  },
  Need: {
    zh: '企业需求',
    en: 'Need',
    description:
      '企业技术、人才、资金、平台需求（企业需求库） · an enterprise’s need, as the bureau’s register tracks it',
    properties: NEED_PROPERTIES,
  },
  Domain: {
    zh: '领域',
    en: 'Domain',
    description: '技术与产业领域（有层级） · technology and industry fields, hierarchical',
    properties: [],
  },
  Region: {
    zh: '地区',
    en: 'Region',
    description: '省、市、区县（有层级） · province, city, district',
    properties: [{ key: 'level', type: 'string', zh: '行政级别', en: 'level', values: ['省', '市', '区县'] }],
  },
  Agency: {
    zh: '政府部门',
    en: 'Agency',
    description: '科技局等政府部门 · government bodies such as a science bureau',
    properties: [],
  },
  Engagement: {
    zh: '对接记录',
    en: 'Engagement',
    description:
      '一次对接：企业或其需求与高校院所、院士、专家、平台或企业的座谈、走访、签约等 · one meeting between an enterprise (or its need) and a candidate',
    properties: [
      ...whenAndHow('对接日期', '对接方式'),
      { key: 'outcome', type: 'string', zh: '对接成果', en: 'outcome' },
      { key: 'nextStep', type: 'string', zh: '下一步', en: 'next step' },
      { key: 'basis', type: 'string', zh: '推荐依据', en: 'why this candidate' },
    ],
  },
  Activity: {
    zh: '对接活动',
    en: 'Activity',
    description:
      '对接会、专家垦利行、“走出去、请进来”等活动，汇集多次对接 · an event (a matchmaking meeting, a visit) grouping engagements',
    properties: [
      ...whenAndHow('活动日期', '活动方式'),
      { key: 'place', type: 'string', zh: '地点', en: 'place' },
    ],
  },
};

/** The properties stored as columns of their own, per kind (see PropertySpec.column). */
export function columnProperties(kind: NodeKind): readonly PropertySpec[] {
  return NODE_KIND_SPECS[kind].properties.filter((spec) => spec.column);
}

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}
