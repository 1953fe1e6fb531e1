/**
 * Step 2 of an import, map: find the header row (below any title rows), recognise each column,
 * and decide what the sheet holds: entities of one kind, relationships, or regional statistics.
 */
import { NODE_KIND_SPECS, NODE_KINDS, isNodeKind, type NodeKind } from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import { interpretHeader, type HeaderMeaning } from './header-dictionary.ts';
import type { ImportProblem } from './import-problem.ts';
import type { Sheet } from './read-sheet.ts';

export type SheetTarget =
  | { readonly type: 'nodes'; readonly kind: NodeKind }
  | { readonly type: 'relationships' }
  | { readonly type: 'statistics' };

export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  readonly field: string | null;
}

export interface SheetMapping {
  readonly file: string;
  readonly sheet?: string;
  /** Spreadsheet row number of the header row. */
  readonly headerRow: number;
  readonly target: SheetTarget;
  readonly columns: readonly ColumnMapping[];
}

export interface MappedRow {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  /** Field → raw cell text, plus field → header for messages. */
  readonly fields: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
}

export type MapResult =
  | { readonly ok: true; readonly mapping: SheetMapping; readonly rows: readonly MappedRow[] }
  | { readonly ok: false; readonly problem: ImportProblem };

const HEADER_SEARCH_ROWS = 10;

function findHeaderRow(sheet: Sheet): { index: number; meanings: (HeaderMeaning | null)[] } | null {
  let best: { index: number; meanings: (HeaderMeaning | null)[]; score: number } | null = null;
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const meanings = cells.map(interpretHeader);
    const score = meanings.filter(Boolean).length;
    if (score >= 2 && (!best || score > best.score)) best = { index, meanings, score };
  });
  return best;
}

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

function decideTarget(sheet: Sheet, meanings: (HeaderMeaning | null)[]): SheetTarget | null {
  const fields = new Set(meanings.map((meaning) => meaning?.field));
  if (fields.has('from') && fields.has('to')) return { type: 'relationships' };
  if (fields.has('region') && fields.has('value') && fields.has('label')) return { type: 'statistics' };
  if (!fields.has('name')) return null;
  const named = kindFromName(sheet.sheet ?? sheet.file);
  if (named) return { type: 'nodes', kind: named };
  const hinted = meanings.find((meaning) => meaning?.kindHint)?.kindHint;
  return hinted ? { type: 'nodes', kind: hinted } : null;
}

export function mapSheet(sheet: Sheet): MapResult {
  const where = { file: sheet.file, ...(sheet.sheet ? { sheet: sheet.sheet } : {}) };
  const header = findHeaderRow(sheet);
  if (!header) {
    return {
      ok: false,
      problem: {
        ...where,
        message:
          '在前 10 行中找不到表头（至少两个可识别的列名，如“名称”“别名”） / no header row with at least two recognised column names in the first 10 rows',
      },
    };
  }
  const target = decideTarget(sheet, header.meanings);
  if (!target) {
    return {
      ok: false,
      problem: {
        ...where,
        row: header.index + 1,
        message:
          '无法判断这张表的内容：请用实体类型命名文件或工作表（如“企业”“Enterprise”），或提供映射文件 / cannot tell what this sheet lists: name the file or sheet after a kind (e.g. 企业, Enterprise) or give a mapping file',
      },
    };
  }
  const headerCells = sheet.rows[header.index] ?? [];
  const columns: ColumnMapping[] = headerCells.map((cell, index) => ({
    index,
    header: cell.trim(),
    field: header.meanings[index]?.field ?? null,
  }));
  const rows: MappedRow[] = [];
  sheet.rows.slice(header.index + 1).forEach((cells, offset) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const fields: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const column of columns) {
      if (!column.field || fields[column.field]) continue;
      fields[column.field] = (cells[column.index] ?? '').trim();
      headers[column.field] = column.header;
    }
    rows.push({ ...where, row: header.index + 2 + offset, fields, headers });
  });
  return { ok: true, mapping: { ...where, headerRow: header.index + 1, target, columns }, rows };
}
