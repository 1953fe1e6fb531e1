/**
 * Step 2 of an import, map: find the header row (below any title rows), decide what the sheet lists
 * (entities of one kind, relationships, or regional statistics) and what each column means for it.
 *
 * The kind comes from a mapping file if one says so, else from the words of the sheet's name, its title
 * rows and the file name (科技特派员名单 → specialists, 院士工作站 → platforms), else from its name column
 * (项目名称 → projects); see recognise-sheet.ts. Columns are then read in that light (column-use.ts):
 * 企业名称 is the row's name on an enterprise list and the enterprise that has the need on a 企业需求 list;
 * 依托单位 is where a specialist works and who hosts a platform. Whatever cannot be read is said, with what
 * to write in a mapping file; a column not recognised is kept in the mapping as `unknown`, so the report
 * lists it as ignored.
 */
import { NODE_KIND_SPECS, normalizeName } from '#model';
import { columnRuleFor, nodeColumnUse, ruledUse, tableColumnUse } from './column-use.ts';
import { withLinkFields } from './link-fields.ts';
import { interpretHeader, type HeaderMeaning } from './header-dictionary.ts';
import type { ImportProblem } from './import-problem.ts';
import { mapRow } from './map-row.ts';
import { EMPTY_MAPPING, ruleFor, type MappingFile, type SheetRule } from './mapping-file.ts';
import type { Sheet, SheetRow } from './read-sheet.ts';
import { nameFits, recogniseSheet } from './recognise-sheet.ts';
import type { ColumnMapping, ColumnUse, MappedRow, SheetMapping, SheetTarget } from './sheet-mapping.ts';

export type {
  ColumnMapping,
  ColumnUse,
  LinkUse,
  MappedRow,
  SheetMapping,
  SheetTarget,
  SkippedSheet,
} from './sheet-mapping.ts';
export { describeColumn } from './describe-column.ts';
export { kindFromName } from './recognise-sheet.ts';
export { mapRow } from './map-row.ts';

export type MapResult =
  | { readonly ok: true; readonly mapping: SheetMapping; readonly rows: readonly MappedRow[] }
  | { readonly ok: false; readonly problem: ImportProblem };

export type HeaderResult =
  | { readonly ok: true; readonly mapping: SheetMapping }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Rows looked at for the header. */
export const HEADER_SEARCH_ROWS = 15;

/** A cell that is a sentence (an instruction, a note) and not a column name: 。；！？ or over 40 characters. */
export function isSentence(cell: string): boolean {
  const text = cell.trim();
  return /[。；！？!?;]/u.test(text) || text.length > 40;
}

function scoreRow(cells: readonly string[], rule?: SheetRule): { score: number } {
  // Sentences are never column names, whatever words they contain.
  const meanings = cells.map((cell) => (isSentence(cell) ? null : interpretHeader(cell)));
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

/** The row holding the headers: the mapping file's, else the best-scoring of the first rows. */
export function findHeaderRow(rows: readonly SheetRow[], rule?: SheetRule): SheetRow | null {
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

/** The column holding the row's own name on an entity sheet: the mapping file's, else the best fit. */
function nameColumn(
  cells: readonly string[],
  meanings: readonly (HeaderMeaning | null)[],
  target: SheetTarget,
  rule: SheetRule | undefined,
): number {
  if (target.type !== 'nodes') return -1;
  const ruled = cells.findIndex((cell) => columnRuleFor(rule, cell) === 'name');
  if (ruled >= 0) return ruled;
  const fits = (index: number, own: boolean) => {
    const meaning = meanings[index] ?? null;
    return (
      nameFits(meaning, target.kind) && (!own || (meaning?.type === 'name' && meaning.kind === target.kind))
    );
  };
  // A name column of the sheet's own kind first, one that reads as a name before one that reads as a text.
  const order = meanings
    .map((_, index) => index)
    .sort((a, b) => Number(DESCRIBING.test(cells[a] ?? '')) - Number(DESCRIBING.test(cells[b] ?? '')));
  return order.find((index) => fits(index, true)) ?? order.find((index) => fits(index, false)) ?? -1;
}

/** Headers of a text about the row rather than its name: 需求描述, 需求内容, 项目简介. */
const DESCRIBING = /描述|内容|说明|详情|简介|概况/u;

/** Every header cell's meaning for the sheet, and the mapping file's words that cannot apply. */
function mapColumns(
  cells: readonly string[],
  meanings: readonly (HeaderMeaning | null)[],
  target: SheetTarget,
  rule: SheetRule | undefined,
): { columns: ColumnMapping[]; problems: string[] } {
  const problems: string[] = [];
  const nameIndex = nameColumn(cells, meanings, target, rule);
  const seen = new Set<string>();
  const columns = cells.map((cell, index): ColumnMapping => {
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
      // A second column naming the row's own kind that reads as a text (需求描述 beside 需求名称) describes it.
      const meaning = meanings[index];
      if (
        index !== nameIndex &&
        meaning?.type === 'name' &&
        meaning.kind === target.kind &&
        DESCRIBING.test(text)
      )
        use = { use: 'field', field: 'description' };
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
  return { columns, problems };
}

/** A legal-name header and the name header it stands for when a sheet has no other: 企业全称 → 企业名称. */
function legalNameHeader(meaning: HeaderMeaning | null, cell: string): string | null {
  if (meaning?.type !== 'field' || meaning.field !== 'legalName') return null;
  const whose = /(企业|单位|机构)全称/u.exec(cell.normalize('NFKC'))?.[1];
  return whose ? `${whose}名称` : '名称';
}

/**
 * Bureau lists often give only the registered name (企业全称, 单位全称): with no name column, that column
 * names the rows (name resolution matches 山东合益化工有限公司 to 合益化工), and keepLegalName stores it as
 * the legal name too.
 */
function legalNameAsName(
  cells: readonly string[],
  meanings: ReadonlyArray<HeaderMeaning | null>,
  rule: SheetRule | undefined,
): Array<HeaderMeaning | null> {
  const named =
    meanings.some((meaning) => meaning?.type === 'name') ||
    cells.some((cell) => columnRuleFor(rule, cell.trim()) === 'name');
  const index = named ? -1 : meanings.findIndex((meaning, i) => legalNameHeader(meaning, cells[i] ?? ''));
  if (index < 0) return [...meanings];
  const stand = interpretHeader(legalNameHeader(meanings[index] ?? null, cells[index] ?? '') ?? '名称');
  return meanings.map((meaning, i) => (i === index ? stand : meaning));
}

/** The name column borrowed from a legal-name header is read as the legal name as well, where the kind has one. */
function keepLegalName(columns: ColumnMapping[], cells: readonly string[], target: SheetTarget): void {
  if (target.type !== 'nodes') return;
  if (!NODE_KIND_SPECS[target.kind].properties.some((spec) => spec.key === 'legalName')) return;
  if (columns.some((column) => column.use.use === 'field' && column.use.field === 'legalName')) return;
  const name = columns.find(
    (column) =>
      column.use.use === 'field' &&
      column.use.field === 'name' &&
      legalNameHeader(interpretHeader(cells[column.index] ?? ''), cells[column.index] ?? ''),
  );
  if (name)
    columns.push({
      index: name.index,
      header: name.header,
      use: { use: 'field', field: 'legalName' },
      by: 'dictionary',
    });
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
  const meanings = legalNameAsName(header.cells, header.cells.map(interpretHeader), rule);
  // Columns the mapping file names count as recognised for deciding what the sheet is.
  const recognised = recogniseSheet(file, sheet, titleOf(firstRows, header.row), meanings, rule);
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
  const mapped = mapColumns(header.cells, meanings, target, rule);
  const { problems } = mapped;
  const columns = target.type === 'nodes' ? withLinkFields(mapped.columns, meanings) : mapped.columns;
  keepLegalName(columns, header.cells, target);
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
