/**
 * Step 2 of an import, map: find the header row (below any title rows), decide what the sheet lists
 * (entities of one kind, relationships, or regional statistics) and what each column means for it.
 *
 * The kind comes from a mapping file if one says so, else from the words of the sheet's name, its title
 * rows and the file name (科技特派员名单 → specialists, 院士工作站 → platforms), else from its name column
 * (项目名称 → projects). Columns are then read in that light: 企业名称 is the row's name on an enterprise
 * list and the enterprise that has the need on a 企业需求 list; 依托单位 is where a specialist works and
 * who hosts a platform. Whatever cannot be read is said, with what to write in a mapping file.
 */
import { NODE_KIND_SPECS, NODE_KINDS, isNodeKind, type NodeKind } from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import {
  REL_KIND_SPECS,
  isRelKind,
  allowsEndpoints,
  type RelKind,
  COMMON_REL_PROPERTIES,
  REL_KINDS,
} from '../domain/relationship-kinds.ts';
import {
  GENERIC_FIELDS,
  LINK_CONCEPTS,
  LINK_CONCEPT_NAMES,
  ORGS,
  PEOPLE,
  headerScale,
  interpretHeader,
  type HeaderMeaning,
  type LinkConcept,
} from './header-dictionary.ts';
import type { ImportProblem } from './import-problem.ts';
import { EMPTY_MAPPING, ruleFor, type ColumnRule, type MappingFile, type SheetRule } from './mapping-file.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';

export type SheetTarget =
  | { readonly type: 'nodes'; readonly kind: NodeKind }
  | { readonly type: 'relationships' }
  | { readonly type: 'statistics' };

export interface LinkUse {
  readonly use: 'link';
  readonly concept: LinkConcept | null;
  readonly rel: RelKind;
  /** out: row entity → named entity; in: named entity → row entity. */
  readonly direction: 'out' | 'in';
  /** Kinds the named entities may have. */
  readonly kinds: readonly NodeKind[];
  /** A name not found becomes a new entity of this kind, or of the kind its name tells, or is reported. */
  readonly create: NodeKind | 'classify' | null;
  /** The header becomes the relationship's role (承担单位, 合作单位). */
  readonly roleFromHeader: boolean;
}

export type ColumnUse =
  | { readonly use: 'field'; readonly field: string; readonly scale?: number }
  | LinkUse
  | { readonly use: 'ignore'; readonly reason: 'serial' | 'contact' | 'mapping' }
  | { readonly use: 'unknown'; readonly note?: string };

export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  readonly use: ColumnUse;
  /** Where the meaning came from. */
  readonly by: 'dictionary' | 'mapping';
}

export interface SheetMapping {
  readonly file: string;
  readonly sheet?: string;
  /** Spreadsheet row number of the header row. */
  readonly headerRow: number;
  readonly target: SheetTarget;
  /** Why the sheet was taken to be what it is, in words. */
  readonly reason: string;
  /** Properties every row gets unless it has its own (院士工作站 → platformType). */
  readonly defaults: Readonly<Record<string, string>>;
  readonly columns: readonly ColumnMapping[];
}

export interface MappedRow {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  /** Field → cell text. */
  readonly fields: Readonly<Record<string, string>>;
  /** Field → header, for messages. */
  readonly headers: Readonly<Record<string, string>>;
  /** Link columns with text: column index → cell text. */
  readonly links: ReadonlyArray<{ readonly column: number; readonly text: string }>;
}

export type MapResult =
  | { readonly ok: true; readonly mapping: SheetMapping; readonly rows: readonly MappedRow[] }
  | { readonly ok: false; readonly problem: ImportProblem };

export type HeaderResult =
  | { readonly ok: true; readonly mapping: SheetMapping }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Rows looked at for the header. */
export const HEADER_SEARCH_ROWS = 15;

const BASE_FIELDS = new Set(['id', 'name', 'nameEn', 'aliases', 'description', 'keywords', 'quote']);
const REL_FIELDS = new Set(['kind', 'fromKind', 'from', 'toKind', 'to']);
const STAT_FIELDS = new Set(['region', 'label', 'value', 'unit', 'asOf', 'quote']);
const REL_PROPERTY_KEYS = new Set(
  [...COMMON_REL_PROPERTIES, ...REL_KINDS.flatMap((kind) => REL_KIND_SPECS[kind].properties)].map(
    (spec) => spec.key,
  ),
);

/** Words in sheet names, titles and file names that say what a sheet lists, most specific first. */
const KIND_WORDS: ReadonlyArray<[string, NodeKind, Record<string, string>?]> = [
  ['院士工作站', 'Platform', { platformType: '院士工作站' }],
  ['重点实验室', 'Platform', { platformType: '重点实验室' }],
  ['工程技术研究中心', 'Platform', { platformType: '工程技术研究中心' }],
  ['工程研究中心', 'Platform', { platformType: '工程技术研究中心' }],
  ['孵化器', 'Platform', { platformType: '科技企业孵化器' }],
  ['众创空间', 'Platform', { platformType: '众创空间' }],
  ['星创天地', 'Platform', { platformType: '星创天地' }],
  ['农业科技园', 'Platform', { platformType: '农业科技园区' }],
  ['创新平台', 'Platform'],
  ['平台', 'Platform'],
  ['企业需求', 'Need'],
  ['技术需求', 'Need'],
  ['需求', 'Need'],
  ['科技特派员', 'Specialist', { role: '科技特派员' }],
  ['特派员', 'Specialist', { role: '科技特派员' }],
  ['外国专家', 'Specialist', { role: '外国专家' }],
  ['外籍专家', 'Specialist', { role: '外国专家' }],
  ['专家', 'Specialist'],
  ['人才', 'Specialist'],
  ['院士', 'Academician'],
  ['项目', 'Project'],
  ['高校院所', 'University'],
  ['高校', 'University'],
  ['院所', 'University'],
  ['院校', 'University'],
  ['科研机构', 'University'],
  ['大学', 'University'],
  ['计划', 'Programme'],
  ['政策', 'Programme'],
  ['企业', 'Enterprise'],
  ['公司', 'Enterprise'],
  ['领域', 'Domain'],
  ['部门', 'Agency'],
  ['地区', 'Region'],
];

/** A node kind named by a file or sheet name: `Enterprise.csv`, `企业`, `高校院所`. */
export function kindFromName(name: string): NodeKind | null {
  const base = name.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  if (isNodeKind(base)) return base;
  const normal = normalizeName(base);
  for (const kind of NODE_KINDS) {
    if (normal === kind.toLowerCase() || normal === normalizeName(NODE_KIND_SPECS[kind].zh)) return kind;
  }
  return null;
}

function kindFromWords(
  text: string,
): { kind: NodeKind; defaults: Record<string, string>; word: string } | null {
  const exact = kindFromName(text);
  if (exact) return { kind: exact, defaults: {}, word: text };
  const normal = normalizeName(text.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, ''));
  for (const [word, kind, defaults] of KIND_WORDS) {
    if (normal.includes(word)) return { kind, defaults: defaults ?? {}, word };
  }
  return null;
}

function scoreRow(cells: readonly string[], rule?: SheetRule): { score: number } {
  const meanings = cells.map(interpretHeader);
  // A merged title repeats one text across the row: count each text once.
  const distinct = new Set<string>();
  meanings.forEach((meaning, index) => {
    const cell = cells[index] ?? '';
    if ((meaning && meaning.type !== 'ignore') || columnRuleFor(rule, cell) !== undefined)
      distinct.add(normalizeName(cell));
  });
  // A name column weighs more: 序号 + 企业名称 is a header.
  const named = meanings.some((meaning) => meaning?.type === 'name') ? 0.5 : 0;
  const ignored = meanings.filter((meaning) => meaning?.type === 'ignore').length;
  return { score: distinct.size + Math.min(ignored, 1) * 0.5 + named };
}

function findHeaderRow(rows: readonly SheetRow[], rule?: SheetRule): SheetRow | null {
  if (rule?.headerRow !== undefined) return rows.find((row) => row.row === rule.headerRow) ?? null;
  let best: { row: SheetRow; score: number } | null = null;
  for (const row of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const { score } = scoreRow(row.cells, rule);
    if (score >= 2 && (!best || score > best.score)) best = { row, score };
  }
  return best?.row ?? null;
}

/** The text of the rows above the header: a sheet's title. */
function titleOf(rows: readonly SheetRow[], headerRow: number): string {
  return rows
    .filter((row) => row.row < headerRow)
    .map((row) => row.cells.find((cell) => cell.trim() !== '') ?? '')
    .filter(Boolean)
    .join(' ');
}

interface Recognised {
  readonly target: SheetTarget;
  readonly reason: string;
  readonly defaults: Record<string, string>;
}

function nameFits(meaning: HeaderMeaning | null, kind: NodeKind): boolean {
  if (meaning?.type !== 'name') return false;
  if (meaning.kind) return meaning.kind === kind;
  if (meaning.generic === 'person') return PEOPLE.includes(kind);
  if (meaning.generic === 'org') return ORGS.includes(kind);
  return true;
}

function recognise(
  file: string,
  sheet: string | undefined,
  title: string,
  meanings: readonly (HeaderMeaning | null)[],
  rule: SheetRule | undefined,
): Recognised | null {
  const fields = new Set(meanings.map((meaning) => (meaning?.type === 'field' ? meaning.field : undefined)));
  if (rule?.kind === 'relationships' || rule?.kind === 'statistics')
    return { target: { type: rule.kind }, reason: '映射文件指定 / set by the mapping file', defaults: {} };
  if (rule?.kind)
    return {
      target: { type: 'nodes', kind: rule.kind },
      reason: '映射文件指定 / set by the mapping file',
      defaults: {},
    };
  if (fields.has('from') && fields.has('to'))
    return {
      target: { type: 'relationships' },
      reason: '有“起点”“终点”列 / has from and to columns',
      defaults: {},
    };
  if (fields.has('region') && fields.has('value') && fields.has('label'))
    return {
      target: { type: 'statistics' },
      reason: '有“地区”“指标”“数值”列 / has region, statistic and value columns',
      defaults: {},
    };
  const sources: Array<[string, string]> = [
    ...(sheet ? ([[sheet, '工作表名 sheet name']] as Array<[string, string]>) : []),
    [title, '标题 title'],
    [file, '文件名 file name'],
  ];
  for (const [text, where] of sources) {
    if (!text) continue;
    const found = kindFromWords(text);
    if (found && meanings.some((meaning) => nameFits(meaning, found.kind)))
      return {
        target: { type: 'nodes', kind: found.kind },
        reason: `${where}“${text}”含“${found.word}” / the ${where.split(' ')[1]} says “${found.word}”`,
        defaults: found.defaults,
      };
  }
  const names = meanings.filter(
    (meaning): meaning is Extract<HeaderMeaning, { type: 'name' }> => meaning?.type === 'name',
  );
  const strong = names.find((meaning) => meaning.kind && !meaning.weak);
  const weak = names.find((meaning) => meaning.kind);
  const chosen = strong ?? weak;
  if (chosen?.kind)
    return {
      target: { type: 'nodes', kind: chosen.kind },
      reason: `名称列表明是${NODE_KIND_SPECS[chosen.kind].zh} / the name column names ${chosen.kind} entities`,
      defaults: {},
    };
  if (names.some((meaning) => meaning.generic === 'person'))
    return {
      target: { type: 'nodes', kind: 'Specialist' },
      reason: '有“姓名”列，按专家人才导入 / has a 姓名 column: read as specialists',
      defaults: {},
    };
  return null;
}

function linkFor(
  concept: LinkConcept,
  kind: NodeKind,
  header: string,
  narrowed?: readonly NodeKind[],
): LinkUse | { use: 'unknown'; note: string } {
  const spec = LINK_CONCEPTS[concept];
  const rule = spec.rules[kind];
  if (!rule) {
    return {
      use: 'unknown',
      note: `在${NODE_KIND_SPECS[kind].zh}表中不知道“${header}”（${spec.zh}）与本行的关系，可在映射文件中写明 / on a ${kind} sheet it is unclear how “${header}” (${spec.en}) relates to the row; say so in a mapping file`,
    };
  }
  let kinds = (narrowed ?? spec.kinds).filter((other) =>
    rule.direction === 'out'
      ? allowsEndpoints(rule.rel, kind, other)
      : allowsEndpoints(rule.rel, other, kind),
  );
  let create = spec.create;
  if (concept === 'person' && /院士/u.test(header)) {
    kinds = kinds.filter((other) => other === 'Academician');
    create = 'Academician';
  }
  if (kinds.length === 0) {
    return {
      use: 'unknown',
      note: `“${header}”在${NODE_KIND_SPECS[kind].zh}表中不能构成“${REL_KIND_SPECS[rule.rel].zh}”关系 / “${header}” cannot make a ${rule.rel} relationship on a ${kind} sheet`,
    };
  }
  if (typeof create === 'string' && create !== 'classify' && !kinds.includes(create))
    create = kinds[0] ?? null;
  if (create === 'classify' && kinds.length === 1) create = kinds[0] ?? null;
  return {
    use: 'link',
    concept,
    rel: rule.rel,
    direction: rule.direction,
    kinds,
    create,
    roleFromHeader: rule.roleFromHeader === true,
  };
}

function propertyKeys(kind: NodeKind): Set<string> {
  return new Set(NODE_KIND_SPECS[kind].properties.map((spec) => spec.key));
}

function nodeColumnUse(meaning: HeaderMeaning | null, kind: NodeKind, header: string): ColumnUse {
  if (!meaning) return { use: 'unknown' };
  switch (meaning.type) {
    case 'ignore':
      return { use: 'ignore', reason: meaning.reason };
    case 'name': {
      const narrowed = meaning.kind
        ? [meaning.kind]
        : meaning.generic === 'person'
          ? PEOPLE
          : meaning.generic === 'org'
            ? ORGS
            : undefined;
      return linkFor(meaning.concept, kind, header, narrowed);
    }
    case 'link':
      return linkFor(meaning.concept, kind, header, meaning.kinds);
    case 'generic': {
      const field = GENERIC_FIELDS[meaning.generic][kind];
      return field
        ? { use: 'field', field }
        : {
            use: 'unknown',
            note: `${NODE_KIND_SPECS[kind].zh}没有“${header}”这一属性 / a ${kind} has no “${header}”`,
          };
    }
    case 'field': {
      if (BASE_FIELDS.has(meaning.field)) return { use: 'field', field: meaning.field };
      if (meaning.field === 'region') return linkFor('region', kind, header);
      if (propertyKeys(kind).has(meaning.field)) {
        const scale = headerScale(header);
        return { use: 'field', field: meaning.field, ...(scale ? { scale } : {}) };
      }
      return {
        use: 'unknown',
        note: `${NODE_KIND_SPECS[kind].zh}没有“${header}”这一属性 / a ${kind} has no “${header}”`,
      };
    }
  }
}

function tableColumnUse(meaning: HeaderMeaning | null, target: SheetTarget, header: string): ColumnUse {
  if (!meaning) return { use: 'unknown' };
  if (meaning.type === 'ignore') return { use: 'ignore', reason: meaning.reason };
  const field =
    meaning.type === 'field' ? meaning.field : meaning.type === 'generic' ? meaning.generic : null;
  const allowed =
    target.type === 'relationships' ? new Set([...REL_FIELDS, ...REL_PROPERTY_KEYS, 'quote']) : STAT_FIELDS;
  if (field && allowed.has(field)) {
    const scale = headerScale(header);
    return { use: 'field', field, ...(scale ? { scale } : {}) };
  }
  return { use: 'unknown' };
}

/** A column rule from a mapping file, read for a sheet of this target. */
function ruledUse(rule: ColumnRule, target: SheetTarget, header: string): ColumnUse | string {
  if (typeof rule === 'string') {
    const word = rule.trim();
    if (word === 'ignore' || word === '忽略') return { use: 'ignore', reason: 'mapping' };
    if (target.type !== 'nodes') {
      const use = tableColumnUse({ type: 'field', field: word }, target, header);
      return use.use === 'unknown'
        ? `“${word}”不是这类表的列 / “${word}” is not a column of this sheet`
        : use;
    }
    const kind = target.kind;
    if (word === 'name' || BASE_FIELDS.has(word) || propertyKeys(kind).has(word)) {
      const scale = headerScale(header);
      return { use: 'field', field: word, ...(scale && word !== 'name' ? { scale } : {}) };
    }
    const concept = word === 'domains' ? 'domain' : word;
    if ((LINK_CONCEPT_NAMES as readonly string[]).includes(concept)) {
      const use = linkFor(concept as LinkConcept, kind, header);
      return use.use === 'unknown' ? use.note : use;
    }
    if (isRelKind(word)) return ruledUse({ rel: word }, target, header);
    return `“${word}”既不是${NODE_KIND_SPECS[kind].zh}的字段，也不是关系类型 / “${word}” is neither a field of a ${kind} nor a relationship kind`;
  }
  if (target.type !== 'nodes')
    return `只有实体表的列可以是关系 / only columns of entity sheets can be relationships`;
  const kind = target.kind;
  const spec = REL_KIND_SPECS[rule.rel];
  const direction = rule.direction ?? (spec.from.includes(kind) ? 'out' : 'in');
  const candidates = direction === 'out' ? spec.to : spec.from;
  const kinds = (rule.kinds ?? candidates).filter((other) =>
    direction === 'out' ? allowsEndpoints(rule.rel, kind, other) : allowsEndpoints(rule.rel, other, kind),
  );
  if (kinds.length === 0)
    return `“${spec.zh}”关系不能${direction === 'out' ? '从' : '指向'}${NODE_KIND_SPECS[kind].zh} / a ${rule.rel} relationship cannot ${direction === 'out' ? 'start at' : 'end at'} a ${kind}`;
  const create = rule.create === false ? null : kinds.length === 1 ? (kinds[0] ?? null) : 'classify';
  return { use: 'link', concept: null, rel: rule.rel, direction, kinds, create, roleFromHeader: false };
}

function columnRuleFor(rule: SheetRule | undefined, header: string): ColumnRule | undefined {
  if (!rule?.columns) return undefined;
  const key = normalizeName(header);
  for (const [name, value] of Object.entries(rule.columns)) if (normalizeName(name) === key) return value;
  return undefined;
}

/** Reads the header of a sheet from its first rows and decides what the sheet and each column mean. */
export function mapHeader(
  file: string,
  sheet: string | undefined,
  firstRows: readonly SheetRow[],
  mappingFile: MappingFile = EMPTY_MAPPING,
): HeaderResult {
  const where = { file, ...(sheet ? { sheet } : {}) };
  const rule = ruleFor(mappingFile, file, sheet);
  const header = findHeaderRow(firstRows, rule);
  if (!header) {
    return {
      ok: false,
      problem: {
        ...where,
        message: rule?.headerRow
          ? `映射文件指定的表头行 ${rule.headerRow} 不存在 / the header row ${rule.headerRow} given by the mapping file does not exist`
          : `在前 ${HEADER_SEARCH_ROWS} 行中找不到表头（至少两个可识别的列名，如“企业名称”“简称”）；可在映射文件中写明 headerRow 和 columns / no header row with at least two recognised column names in the first ${HEADER_SEARCH_ROWS} rows; give headerRow and columns in a mapping file`,
      },
    };
  }
  const meanings = header.cells.map(interpretHeader);
  // Columns the mapping file names count as recognised for deciding what the sheet is.
  const recognised = recognise(file, sheet, titleOf(firstRows, header.row), meanings, rule);
  if (!recognised) {
    return {
      ok: false,
      problem: {
        ...where,
        row: header.row,
        message:
          '无法判断这张表列的是什么：请在映射文件中写明 kind（如 kind: Enterprise），或用实体类型命名文件或工作表（如“企业”“Enterprise”） / cannot tell what this sheet lists: give its kind in a mapping file (e.g. kind: Enterprise), or name the file or sheet after a kind (e.g. 企业, Enterprise)',
      },
    };
  }
  const { target } = recognised;
  const problems: string[] = [];
  let nameIndex = -1;
  if (target.type === 'nodes') {
    const ruledName = header.cells.findIndex((cell) => columnRuleFor(rule, cell) === 'name');
    nameIndex =
      ruledName >= 0
        ? ruledName
        : meanings.findIndex(
            (meaning) =>
              nameFits(meaning, target.kind) && meaning?.type === 'name' && meaning.kind === target.kind,
          );
    if (nameIndex < 0) nameIndex = meanings.findIndex((meaning) => nameFits(meaning, target.kind));
  }
  const seen = new Set<string>();
  const columns: ColumnMapping[] = header.cells.map((cell, index) => {
    const text = cell.trim();
    const ruled = columnRuleFor(rule, text);
    if (ruled !== undefined) {
      const use = ruledUse(ruled, target, text);
      if (typeof use === 'string') {
        problems.push(`映射文件中的列“${text}”：${use} / mapping file column “${text}”: ${use}`);
        return { index, header: text, use: { use: 'unknown', note: use }, by: 'mapping' };
      }
      return { index, header: text, use, by: 'mapping' };
    }
    if (!text) return { index, header: text, use: { use: 'unknown' }, by: 'dictionary' };
    let use: ColumnUse;
    if (target.type === 'nodes') {
      use =
        index === nameIndex
          ? { use: 'field', field: 'name' }
          : nodeColumnUse(meanings[index] ?? null, target.kind, text);
      if (use.use === 'field' && use.field === 'name' && index !== nameIndex) use = { use: 'unknown' };
    } else {
      use = tableColumnUse(meanings[index] ?? null, target, text);
    }
    if (use.use === 'field' && !['description', 'aliases', 'keywords'].includes(use.field)) {
      if (seen.has(use.field))
        use = { use: 'unknown', note: `与前面的列重复 / repeats an earlier column (${use.field})` };
      else seen.add(use.field);
    }
    return { index, header: text, use, by: 'dictionary' };
  });
  if (problems.length > 0) {
    return { ok: false, problem: { ...where, row: header.row, message: problems.join('\n') } };
  }
  if (
    target.type === 'nodes' &&
    !columns.some((column) => column.use.use === 'field' && column.use.field === 'name')
  ) {
    return {
      ok: false,
      problem: {
        ...where,
        row: header.row,
        message: `这是${NODE_KIND_SPECS[target.kind].zh}表，但找不到名称列；请在映射文件的 columns 中把某一列写为 name / this is a ${target.kind} sheet but no column holds the name; map one to name in the mapping file's columns`,
      },
    };
  }
  return {
    ok: true,
    mapping: {
      ...where,
      headerRow: header.row,
      target,
      reason: recognised.reason,
      defaults: { ...recognised.defaults, ...(rule?.defaults ?? {}) },
      columns,
    },
  };
}

const JOINED = new Set(['description']);
const LISTED = new Set(['aliases', 'keywords']);

/** One data row through a sheet's mapping; null for blank rows and rows above the header. */
export function mapRow(mapping: SheetMapping, row: SheetRow): MappedRow | null {
  if (row.row <= mapping.headerRow) return null;
  if (row.cells.every((cell) => cell.trim() === '')) return null;
  const fields: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const links: Array<{ column: number; text: string }> = [];
  for (const column of mapping.columns) {
    const text = (row.cells[column.index] ?? '').trim();
    const use = column.use;
    if (use.use === 'link') {
      if (text) links.push({ column: column.index, text });
      continue;
    }
    if (use.use !== 'field') continue;
    const existing = fields[use.field];
    if (existing && text && (JOINED.has(use.field) || LISTED.has(use.field))) {
      fields[use.field] = JOINED.has(use.field) ? `${existing}；${text}` : `${existing}、${text}`;
      continue;
    }
    if (existing) continue;
    fields[use.field] = text;
    headers[use.field] = column.header;
  }
  return {
    file: mapping.file,
    ...(mapping.sheet ? { sheet: mapping.sheet } : {}),
    row: row.row,
    fields,
    headers,
    links,
  };
}

/** A whole in-memory sheet through mapHeader and mapRow. */
export function mapSheet(sheet: Sheet, mappingFile: MappingFile = EMPTY_MAPPING): MapResult {
  const rows: SheetRow[] = sheet.rows.map((cells, index) => ({ row: index + 1, cells }));
  const header = mapHeader(sheet.file, sheet.sheet, rows.slice(0, HEADER_SEARCH_ROWS), mappingFile);
  if (!header.ok) return header;
  const mapped = rows
    .map((row) => mapRow(header.mapping, row))
    .filter((row): row is MappedRow => row !== null);
  return { ok: true, mapping: header.mapping, rows: mapped };
}

/** A column's meaning in words, for reports: `企业名称 → 名称 name`, `工作单位 → 任职于 WORKS_AT → 高校院所/企业`. */
export function describeColumn(column: ColumnMapping): string {
  const use = column.use;
  switch (use.use) {
    case 'field':
      return use.scale ? `${use.field} ×${use.scale}` : use.field;
    case 'link': {
      const arrow = use.direction === 'out' ? '→' : '←';
      return `${REL_KIND_SPECS[use.rel].zh} ${use.rel} ${arrow} ${use.kinds.map((kind) => NODE_KIND_SPECS[kind].zh).join('/')}`;
    }
    case 'ignore':
      return use.reason === 'contact'
        ? '忽略（联系方式不导入） ignored: contact details are not imported'
        : use.reason === 'serial'
          ? '忽略（序号） ignored: serial number'
          : '忽略 ignored';
    case 'unknown':
      return use.note ? `未识别：${use.note}` : '未识别，忽略 / not recognised, ignored';
  }
}
