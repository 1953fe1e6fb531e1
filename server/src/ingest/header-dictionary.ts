/**
 * Which field a column header means. Template headers are `中文(key)`, derived from the domain;
 * other spreadsheets use Chinese or English synonyms, some of which also hint at the sheet's kind
 * (企业名称 → an Enterprise list).
 */
import { NODE_KIND_SPECS, NODE_KINDS, type NodeKind } from '../domain/node-kinds.ts';
import { COMMON_REL_PROPERTIES, REL_KINDS, REL_KIND_SPECS } from '../domain/relationship-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';

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

export interface HeaderMeaning {
  readonly field: string;
  /** The sheet's kind this header suggests, e.g. 企业名称 → Enterprise. */
  readonly kindHint?: NodeKind;
}

/** Synonyms planners use, beyond the template's own names. */
const SYNONYMS: ReadonlyArray<[string, HeaderMeaning]> = [
  ['企业名称', { field: 'name', kindHint: 'Enterprise' }],
  ['公司名称', { field: 'name', kindHint: 'Enterprise' }],
  ['单位名称', { field: 'name' }],
  ['机构名称', { field: 'name' }],
  ['院校名称', { field: 'name', kindHint: 'University' }],
  ['高校名称', { field: 'name', kindHint: 'University' }],
  ['平台名称', { field: 'name', kindHint: 'Platform' }],
  ['项目名称', { field: 'name', kindHint: 'Project' }],
  ['计划名称', { field: 'name', kindHint: 'Programme' }],
  ['需求名称', { field: 'name', kindHint: 'Need' }],
  ['姓名', { field: 'name' }],
  ['专家姓名', { field: 'name', kindHint: 'Specialist' }],
  ['院士姓名', { field: 'name', kindHint: 'Academician' }],
  ['简称', { field: 'aliases' }],
  ['又名', { field: 'aliases' }],
  ['简介', { field: 'description' }],
  ['备注', { field: 'description' }],
  ['说明', { field: 'description' }],
  ['研究领域', { field: 'keywords' }],
  ['技术领域', { field: 'keywords' }],
  ['所属领域', { field: 'keywords' }],
  ['出处', { field: 'quote' }],
  ['依据', { field: 'quote' }],
  ['关系类型', { field: 'kind' }],
];

function table(): Map<string, HeaderMeaning> {
  const map = new Map<string, HeaderMeaning>();
  const add = (label: string, meaning: HeaderMeaning) => {
    const key = normalizeName(label);
    if (key && !map.has(key)) map.set(key, meaning);
  };
  for (const field of [...NODE_BASE_FIELDS, SOURCE_FIELD, ...RELATIONSHIP_FIELDS, ...STATISTIC_FIELDS]) {
    add(field.key, { field: field.key });
    add(field.zh, { field: field.key });
    add(field.en, { field: field.key });
  }
  const properties = [
    ...NODE_KINDS.flatMap((kind) => NODE_KIND_SPECS[kind].properties),
    ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties),
    ...COMMON_REL_PROPERTIES,
  ];
  for (const spec of properties) {
    add(spec.key, { field: spec.key });
    add(spec.zh, { field: spec.key });
    add(spec.en, { field: spec.key });
  }
  for (const [label, meaning] of SYNONYMS) add(label, meaning);
  return map;
}

const HEADERS = table();

/** The meaning of one header cell, or null when it is not recognised. */
export function interpretHeader(cell: string): HeaderMeaning | null {
  const trimmed = cell.normalize('NFKC').trim();
  if (!trimmed) return null;
  // Template form: 中文(key)
  const template = /^(.*)\(([A-Za-z]+)\)$/u.exec(trimmed);
  if (template?.[2]) {
    const byKey = HEADERS.get(normalizeName(template[2]));
    if (byKey) return byKey;
  }
  return HEADERS.get(normalizeName(trimmed)) ?? null;
}

/** The template header for a field: `中文(key)`. */
export function templateHeader(zh: string, key: string): string {
  return `${zh}(${key})`;
}
