/**
 * What a column header means, in the words district bureaus use. Template headers are `中文(key)`,
 * derived from the domain; other spreadsheets use Chinese or English synonyms, which this dictionary lists.
 *
 * A header is one of:
 * - a field of the row's own entity (别名 → aliases, 级别 → level …), possibly generic (类型, 级别, 年份)
 *   and made specific once the sheet's kind is known;
 * - a column naming an entity (企业名称, 专家姓名 …): the row's own name when it names the sheet's kind,
 *   otherwise a link to another entity;
 * - a link to other entities (工作单位 → works at, 研究领域 → domains …), whose relationship depends on
 *   the sheet's kind (依托单位 is WORKS_AT for a specialist and HOSTS for a platform), see LINK_CONCEPTS;
 * - a column deliberately ignored (序号; contact details, which are not imported).
 */
import {
  COMMON_REL_PROPERTIES,
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  normalizeName,
  type NodeKind,
  type RelKind,
} from '#model';

/** Columns every node sheet may have. */
export const NODE_BASE_FIELDS = [
  { key: 'id', zh: '编号', en: 'id' },
  { key: 'name', zh: '名称', en: 'name' },
  { key: 'nameEn', zh: '英文名', en: 'English name' },
  { key: 'aliases', zh: '别名', en: 'aliases' },
  { key: 'description', zh: '描述', en: 'description' },
  { key: 'keywords', zh: '关键词', en: 'keywords' },
] as const;

export const SOURCE_FIELD = { key: 'quote', zh: '来源', en: 'source' } as const;

export const RELATIONSHIP_FIELDS = [
  { key: 'kind', zh: '关系', en: 'relationship' },
  { key: 'fromKind', zh: '起点类型', en: 'from kind' },
  { key: 'from', zh: '起点', en: 'from' },
  { key: 'toKind', zh: '终点类型', en: 'to kind' },
  { key: 'to', zh: '终点', en: 'to' },
] as const;

export const STATISTIC_FIELDS = [
  { key: 'region', zh: '地区', en: 'region' },
  { key: 'label', zh: '指标', en: 'statistic' },
  { key: 'value', zh: '数值', en: 'value' },
  { key: 'unit', zh: '单位', en: 'unit' },
  { key: 'asOf', zh: '时间', en: 'as of' },
] as const;

export type Generic = 'type' | 'level' | 'year' | 'status';

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

export type HeaderMeaning =
  | { readonly type: 'field'; readonly field: string }
  | { readonly type: 'generic'; readonly generic: Generic }
  /** Names an entity: of `kind`, or of the people / organisations / any kind when generic. */
  | {
      readonly type: 'name';
      readonly kind?: NodeKind;
      readonly generic?: 'person' | 'org' | 'any';
      /** What the column means when it names another entity than the row's own. */
      readonly concept: LinkConcept;
      /** Weak names (企业名称) are often a reference; they decide a sheet's kind last. */
      readonly weak?: boolean;
    }
  | { readonly type: 'link'; readonly concept: LinkConcept; readonly kinds?: readonly NodeKind[] }
  | { readonly type: 'ignore'; readonly reason: 'serial' | 'contact' };

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

/** Property synonyms beyond the declaration's own labels, by property key. */
const PROPERTY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  legalName: ['企业全称', '单位全称', '全称', '法定名称', '注册名称'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '组织机构代码', '信用代码证'],
  qualification: ['资质', '企业资质', '资质类型', '企业类型', '资质认定'],
  orgType: ['机构类型', '单位类型', '单位性质', '机构性质', '院所类型'],
  academy: ['所属学部', '学部', '院士类别', '所属科学院'],
  role: [
    '人才类型',
    '人员类别',
    '专家类型',
    '人才类别',
    '特派员类型',
    '角色',
    '合作方式',
    '方式',
    '合作形式',
  ],
  nationality: ['国籍', '国别'],
  status: ['项目状态', '进展情况', '进展', '进度', '对接状态', '解决情况', '需求状态', '当前状态'],
  investment: [
    '投资额',
    '总投资',
    '投资金额',
    '计划投资',
    '项目投资',
    '投资规模',
    '总投资额',
    '拟投资',
    '投资总额',
    '项目投资额',
    '计划投资额',
    '拟投资额',
  ],
  expectedOutput: ['预计产值', '预期产值', '达产产值', '预计年产值', '达产后产值', '年产值', '达产年产值'],
  year: [
    '年份',
    '年度',
    '立项年份',
    '立项年度',
    '立项时间',
    '认定年份',
    '认定时间',
    '认定年度',
    '获批年份',
    '获批时间',
    '批准时间',
    '批准年份',
    '建立时间',
    '成立时间',
    '建站时间',
    '签约时间',
    '合作时间',
    '合作年份',
    '项目年份',
    '立项日期',
    '认定日期',
    '获批日期',
    '获批年度',
    '批准日期',
    '建站年份',
    '签约年份',
    '签约日期',
    '成立年份',
    '入选年份',
    '入选时间',
    '引进时间',
    '引进年份',
  ],
  platformType: ['平台类型', '平台类别'],
  programmeType: ['计划类型', '计划类别', '政策类型'],
  level: ['级别', '平台级别', '认定级别', '层级', '级次', '行政级别', '平台等级', '认定等级', '人才级别'],
  amount: [
    '金额',
    '合作金额',
    '经费',
    '项目经费',
    '资助金额',
    '合同金额',
    '支持资金',
    '合作经费',
    '资助经费',
    '合同额',
    '到位资金',
    '补助金额',
    '奖励金额',
    '扶持资金',
    '研发经费',
  ],
  share: [
    '占比',
    '比例',
    '股权比例',
    '持股比例',
    '入股比例',
    '股份比例',
    '出资比例',
    '占股比例',
    '股比',
    '股权占比',
  ],
};

const GENERIC_SYNONYMS: Readonly<Record<Generic, readonly string[]>> = {
  type: ['类型', '类别', '种类', 'type', 'category'],
  level: ['级别', '等级', '所属级别', 'level'],
  year: ['年份', '年度', 'year'],
  status: ['状态', 'status'],
};

/** Generic fields made specific per kind. */
export const GENERIC_FIELDS: Readonly<Record<Generic, Partial<Record<NodeKind, string>>>> = {
  type: {
    University: 'orgType',
    Specialist: 'role',
    Platform: 'platformType',
    Programme: 'programmeType',
    Enterprise: 'qualification',
  },
  level: { Specialist: 'level', Platform: 'level', Programme: 'level', Region: 'level' },
  year: { Project: 'year', Platform: 'year' },
  status: { Project: 'status', Need: 'status' },
};

type NameEntry = Omit<Extract<HeaderMeaning, { type: 'name' }>, 'type'>;

const NAME_SYNONYMS: ReadonlyArray<[readonly string[], NameEntry]> = [
  [
    ['企业名称', '公司名称', '企业', '公司', '企业单位', '企业名'],
    { kind: 'Enterprise', concept: 'affiliation', weak: true },
  ],
  [
    [
      '高校名称',
      '院校名称',
      '院所名称',
      '高校院所',
      '高校',
      '院校',
      '科研院所',
      '院所',
      '大学',
      '高校院所名称',
    ],
    { kind: 'University', concept: 'partner' },
  ],
  [['院士姓名', '院士'], { kind: 'Academician', concept: 'person' }],
  [
    ['专家姓名', '特派员姓名', '专家', '人才姓名', '科技特派员', '特派员', '专家名称', '人才'],
    { kind: 'Specialist', concept: 'person' },
  ],
  [['项目名称', '项目', '合作项目名称', '项目名'], { kind: 'Project', concept: 'project' }],
  [
    [
      '平台名称',
      '工作站名称',
      '实验室名称',
      '中心名称',
      '平台',
      '载体名称',
      '工作站',
      '实验室',
      '院士工作站名称',
    ],
    { kind: 'Platform', concept: 'platform' },
  ],
  [['计划名称', '政策名称', '人才工程名称', '计划'], { kind: 'Programme', concept: 'programme' }],
  [
    ['需求名称', '需求项目', '技术需求', '需求内容', '需求描述', '需求', '难题'],
    { kind: 'Need', concept: 'need' },
  ],
  [['领域名称'], { kind: 'Domain', concept: 'domain' }],
  [['地区名称', '区县名称', '地名'], { kind: 'Region', concept: 'region' }],
  [['部门名称', '政府部门'], { kind: 'Agency', concept: 'affiliation' }],
  [['姓名', '名字', '人员姓名', '人员'], { generic: 'person', concept: 'person' }],
  [
    ['单位名称', '机构名称', '单位', '机构', '组织名称'],
    { generic: 'org', concept: 'affiliation', weak: true },
  ],
  [['名称', '中文名称', '中文名', 'name'], { generic: 'any', concept: 'affiliation' }],
];

const LINK_SYNONYMS: ReadonlyArray<[readonly string[], LinkConcept]> = [
  [
    [
      '工作单位',
      '所在单位',
      '任职单位',
      '派出单位',
      '所属单位',
      '依托单位',
      '依托企业',
      '建设单位',
      '承建单位',
      '承担单位',
      '承担企业',
      '申报单位',
      '实施单位',
      '项目单位',
      '牵头单位',
      '需求单位',
      '需求企业',
      '提出单位',
      '提出企业',
      '上级单位',
      '推荐单位',
      '共建单位',
    ],
    'affiliation',
  ],
  [
    [
      '合作单位',
      '合作院校',
      '合作高校',
      '合作院所',
      '合作企业',
      '合作方',
      '合作对象',
      '对接高校',
      '对接院所',
      '对接单位',
      '合作高校院所',
      '技术依托单位',
      '产学研合作单位',
    ],
    'partner',
  ],
  [
    [
      '服务企业',
      '服务单位',
      '派驻企业',
      '派驻单位',
      '对接企业',
      '帮扶企业',
      '服务对象',
      '指导企业',
      '服务地点',
    ],
    'served',
  ],
  [
    [
      '负责人',
      '项目负责人',
      '带头人',
      '首席专家',
      '进站院士',
      '合作院士',
      '合作专家',
      '对接专家',
      '团队成员',
      '专家团队',
      '核心专家',
      '技术负责人',
      '站长',
    ],
    'person',
  ],
  [
    [
      '研究领域',
      '技术领域',
      '所属领域',
      '专业领域',
      '产业领域',
      '行业领域',
      '所属行业',
      '所属产业',
      '行业',
      '领域',
      '学科领域',
      '上级领域',
      'domains',
      'domain',
    ],
    'domain',
  ],
  [
    [
      '所在地区',
      '所在地',
      '所属地区',
      '所属区域',
      '区域',
      '所在区县',
      '所属区县',
      '所在县区',
      '所在镇街',
      '上级地区',
      'region',
    ],
    'region',
  ],
  [
    [
      '入选计划',
      '所属计划',
      '计划类别',
      '项目来源',
      '入选工程',
      '人才工程',
      '支持计划',
      '立项计划',
      '项目类别',
    ],
    'programme',
  ],
  [['合作项目', '参与项目', '承担项目', '对接项目'], 'project'],
  [['所属平台', '依托平台', '建设平台', '所在平台'], 'platform'],
  [['引进单位', '引进企业', '引才单位'], 'recruiter'],
];

const IGNORED: ReadonlyArray<[readonly string[], 'serial' | 'contact']> = [
  [['序号', '编号', 'no', '序', '排序', '行号', 'number'], 'serial'],
  [
    [
      '联系人',
      '联系电话',
      '电话',
      '手机',
      '手机号',
      '手机号码',
      '联系方式',
      '邮箱',
      '电子邮箱',
      'email',
      '身份证号',
      '身份证号码',
      '传真',
      '办公电话',
      '联系人电话',
      '法定代表人',
      '法人代表',
      '微信',
      '地址',
      '通讯地址',
      '详细地址',
    ],
    'contact',
  ],
];

const BASE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  id: ['id', '实体编号', '图谱编号'],
  nameEn: ['英文名', '英文名称', 'english name', 'nameen'],
  aliases: ['别名', '简称', '又名', '曾用名', '俗称', 'aliases', 'alias'],
  description: [
    '描述',
    '简介',
    '备注',
    '说明',
    '主要内容',
    '基本情况',
    '项目简介',
    '合作内容',
    '服务内容',
    '主要成果',
    '情况介绍',
    'description',
  ],
  keywords: ['关键词', '标签', '研究方向', '专业方向', '技术方向', '主攻方向', '专业', 'keywords'],
  quote: ['来源', '出处', '依据', '原文', 'source', 'quote'],
  kind: ['关系', '关系类型', 'relationship', 'kind'],
  fromKind: ['起点类型', 'from kind', 'fromkind'],
  from: ['起点', '主体', '甲方', 'from'],
  toKind: ['终点类型', 'to kind', 'tokind'],
  to: ['终点', '客体', '乙方', 'to'],
  region: ['地区'],
  label: ['指标', '指标名称', 'statistic'],
  value: ['数值', '数量', 'value'],
  unit: ['单位', '计量单位', 'unit'],
  asOf: ['时间', '统计时间', '截至', 'as of', 'asof'],
};

/** Normalised header → meaning; Chinese lookups fold full-width forms, spaces and brackets. */
function table(): Map<string, HeaderMeaning> {
  const map = new Map<string, HeaderMeaning>();
  const add = (label: string, meaning: HeaderMeaning) => {
    const key = normalizeName(label);
    if (key && !map.has(key)) map.set(key, meaning);
  };
  for (const [labels, reason] of IGNORED) for (const label of labels) add(label, { type: 'ignore', reason });
  for (const [labels, entry] of NAME_SYNONYMS)
    for (const label of labels) add(label, { type: 'name', ...entry });
  for (const [generic, labels] of Object.entries(GENERIC_SYNONYMS) as Array<[Generic, readonly string[]]>)
    for (const label of labels) add(label, { type: 'generic', generic });
  for (const [labels, concept] of LINK_SYNONYMS)
    for (const label of labels) add(label, { type: 'link', concept });
  for (const [field, labels] of Object.entries(BASE_SYNONYMS))
    for (const label of labels) add(label, { type: 'field', field });
  for (const [field, labels] of Object.entries(PROPERTY_SYNONYMS))
    for (const label of labels) add(label, { type: 'field', field });
  const properties = [
    ...NODE_KINDS.flatMap((kind) => NODE_KIND_SPECS[kind].properties),
    ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties),
    ...COMMON_REL_PROPERTIES,
  ];
  for (const spec of properties) {
    add(spec.key, { type: 'field', field: spec.key });
    add(spec.zh, { type: 'field', field: spec.key });
    add(spec.en, { type: 'field', field: spec.key });
  }
  for (const field of [...NODE_BASE_FIELDS, SOURCE_FIELD, ...RELATIONSHIP_FIELDS, ...STATISTIC_FIELDS]) {
    add(field.key, { type: 'field', field: field.key });
    add(field.en, { type: 'field', field: field.key });
  }
  return map;
}

const HEADERS = table();
/** Every field key a template header `中文(key)` may name. */
const FIELD_KEYS = new Set<string>([
  ...[...NODE_BASE_FIELDS, SOURCE_FIELD, ...RELATIONSHIP_FIELDS, ...STATISTIC_FIELDS].map(
    (field) => field.key,
  ),
  ...NODE_KINDS.flatMap((kind) => NODE_KIND_SPECS[kind].properties.map((spec) => spec.key)),
  ...[...COMMON_REL_PROPERTIES, ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties)].map(
    (spec) => spec.key,
  ),
]);
/** Keys of three characters or more, longest first, for headers that contain one (第一合作单位). */
const CONTAINED = [...HEADERS.keys()].filter((key) => key.length >= 3).sort((a, b) => b.length - a.length);
/** Contact details are never imported, whatever else the header says (项目负责人电话). */
const CONTACT = /电话|手机|邮箱|传真|微信|身份证|e-?mail|phone|mobile/iu;

/** A money unit written in a header, e.g. 投资额（万元）: plain numbers in that column are multiplied by it. */
export function headerScale(header: string): number | undefined {
  const text = header.normalize('NFKC');
  if (/亿元?\)?$|\(亿元?\)/u.test(text)) return 1e8;
  if (/万元?\)?$|\(万元?\)/u.test(text)) return 1e4;
  return undefined;
}

function stripDecorations(cell: string): string {
  return cell
    .normalize('NFKC')
    .trim()
    .replace(/^[*＊※]+|[*＊※:：]+$/gu, '')
    .replace(/\((万元|亿元|元|万|亿|%|个|家|人|年)\)/gu, '')
    .trim();
}

/** The meaning of one header cell, or null when it is not recognised. */
export function interpretHeader(cell: string): HeaderMeaning | null {
  // No header is this long; the patterns below are not meant for whole paragraphs (one overflowed the
  // stack on a 10 MB cell, others take time growing with the square of the length).
  if (cell.length > 200) return null;
  const trimmed = stripDecorations(cell);
  if (!trimmed) return null;
  // Template form: 中文(key)
  const template = /^(.*)\(([A-Za-z]+)\)$/u.exec(trimmed);
  if (template?.[2]) {
    const key = template[2];
    if (key === 'name') return { type: 'name', generic: 'any', concept: 'affiliation' };
    if (FIELD_KEYS.has(key)) return { type: 'field', field: key };
    const byKey = HEADERS.get(normalizeName(key));
    if (byKey) return byKey;
  }
  const key = normalizeName(trimmed);
  if (CONTACT.test(trimmed)) return { type: 'ignore', reason: 'contact' };
  const exact = HEADERS.get(key);
  if (exact) return exact;
  // 企业名称（全称） → 企业名称
  const withoutNote = normalizeName(trimmed.replace(/\([^)]*\)/gu, ''));
  const bare = withoutNote ? HEADERS.get(withoutNote) : undefined;
  if (bare) return bare;
  const contained = CONTAINED.find((candidate) => key.includes(candidate));
  return contained ? (HEADERS.get(contained) ?? null) : null;
}

/** The template header for a field: `中文(key)`. */
export function templateHeader(zh: string, key: string): string {
  return `${zh}(${key})`;
}
