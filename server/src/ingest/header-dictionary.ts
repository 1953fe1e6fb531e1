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
 *
 * The words themselves are declared data in header-synonyms.ts; this module reads them into one table.
 */
import {
  COMMON_REL_PROPERTIES,
  NODE_KINDS,
  NODE_KIND_SPECS,
  REL_KINDS,
  REL_KIND_SPECS,
  normalizeName,
} from '#model';
import type { Generic, HeaderMeaning } from './header-meaning.ts';
import {
  BASE_SYNONYMS,
  GENERIC_SYNONYMS,
  IGNORED,
  NAME_SYNONYMS,
  PROPERTY_SYNONYMS,
} from './header-synonyms.ts';
import { LINK_SYNONYMS } from './link-synonyms.ts';

export type { Generic, HeaderMeaning } from './header-meaning.ts';
export { GENERIC_FIELDS } from './header-synonyms.ts';

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
