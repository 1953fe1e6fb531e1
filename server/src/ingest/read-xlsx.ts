/**
 * XLSX workbooks → sheets of text rows: every worksheet read as a stream by exceljs' WorkbookReader, held
 * in memory as text rows, then merged cells filled with the value of their top-left cell, so that a merged
 * title or a merged enterprise cell reads the same on every row it covers. Hidden sheets are skipped.
 *
 * The workbook is first checked and rebuilt by scan-xlsx-entries.ts (decompressed bytes, cell length in
 * the XML, row numbers, columns, merged ranges); here the rows exceljs gives are checked exactly: rows,
 * columns and cells against the budget, each cell's text against maxCellChars.
 */
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { isAppError, type ProblemLocation } from '#model';
import { cellText } from './cell-text.ts';
import {
  DEFAULT_UPLOAD_LIMITS,
  budgetOf,
  columnLetters,
  limitExceeded,
  tooLargeError,
  type ReadBudget,
  type ReadLimits,
} from './read-limits.ts';
import type { Sheet } from './read-sheet.ts';
import { scanXlsx } from './scan-xlsx-entries.ts';
import { notXlsx } from './xlsx-part-scanners.ts';

const MAX_SHEET_NAME = 255;

interface StreamedWorksheet {
  id: number | string;
  name?: string;
  state?: string;
  [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown[] }>;
}

/** Text decoded across chunks: a character cut between two chunks is joined, not replaced. */
async function* utf8Text(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseSharedStrings?: (this: unknown, entry: AsyncIterable<unknown>) => unknown;
  _parseWorksheet?: (this: unknown, iterator: AsyncIterable<unknown>, sheetNo: string) => unknown;
}

/**
 * exceljs 4.4 decodes each chunk of a part's XML on its own, so a Chinese character cut between two
 * chunks came out as U+FFFD (125 cells of the bench's 100,000-row workbook): hand its parser text decoded
 * across chunks instead. Left as it is if a later exceljs has other internals.
 */
function decodeAcrossChunks(reader: object): void {
  const internals = reader as ReaderInternals;
  const sharedStrings = internals._parseSharedStrings;
  const worksheet = internals._parseWorksheet;
  if (typeof sharedStrings !== 'function' || typeof worksheet !== 'function') return;
  internals._parseSharedStrings = function (entry) {
    // Read through stream events: a stream it must be.
    return sharedStrings.call(this, Readable.from(utf8Text(entry)));
  };
  internals._parseWorksheet = function (iterator, sheetNo) {
    return worksheet.call(this, utf8Text(iterator), sheetNo);
  };
}

/** `A1:C3` → zero-based bounds. */
function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(ref.toUpperCase());
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const left = col(match[1] ?? 'A');
  const top = Number(match[2]) - 1;
  const right = match[3] ? col(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) - 1 : top;
  return { top, left, bottom, right };
}

/**
 * Fills merged ranges with their top-left value. Rows a range adds count against the budget; columns past
 * maxColumns are left out (they would only repeat the value); the cells written, over all ranges, may
 * not exceed maxCells.
 */
function fillMerges(
  rows: string[][],
  refs: readonly string[],
  budget: ReadBudget,
  where: ProblemLocation,
): void {
  const { maxColumns, maxCells } = budget.limits;
  let written = 0;
  for (const ref of refs) {
    const range = parseRange(ref);
    if (!range || range.top < 0 || range.left < 0) continue;
    const right = Math.min(range.right, maxColumns - 1);
    if (range.bottom >= rows.length)
      budget.addRows(range.bottom + 1 - rows.length, { ...where, row: range.bottom + 1 });
    written += Math.max(0, range.bottom - range.top + 1) * Math.max(0, right - range.left + 1);
    if (written > maxCells) throw limitExceeded('maxCells', budget.limits, { ...where, row: range.top + 1 });
    const value = rows[range.top]?.[range.left] ?? '';
    for (let r = range.top; r <= range.bottom; r++) {
      const cells = (rows[r] ??= []);
      if (cells.length <= right) budget.addCells(right + 1 - cells.length, { ...where, row: r + 1 });
      for (let c = range.left; c <= right; c++) {
        while (cells.length < c) cells.push('');
        cells[c] = value;
      }
    }
  }
}

/** The rows of one worksheet as text, checked against the budget as they come. */
async function worksheetRows(
  worksheet: StreamedWorksheet,
  where: ProblemLocation,
  budget: ReadBudget,
  text: (value: unknown) => string,
): Promise<string[][]> {
  const { limits } = budget;
  const rows: string[][] = [];
  for await (const row of worksheet) {
    const values = Array.isArray(row.values) ? row.values : [];
    // exceljs rows are 1-based: values[0] is empty. rows[row.number - 1] makes every row above exist.
    if (row.number > rows.length) budget.addRows(row.number - rows.length, { ...where, row: row.number });
    if (values.length - 1 > limits.maxColumns)
      throw limitExceeded('maxColumns', limits, {
        ...where,
        row: row.number,
        column: columnLetters(values.length - 1),
      });
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) {
      const cell = text(values[i]);
      if (cell.length > limits.maxCellChars)
        throw limitExceeded('maxCellChars', limits, { ...where, row: row.number, column: columnLetters(i) });
      cells.push(cell);
    }
    budget.addCells(cells.length, { ...where, row: row.number });
    rows[row.number - 1] = cells;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Every worksheet of an XLSX workbook, with merged cells filled. Hidden sheets are skipped. */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits | ReadBudget = DEFAULT_UPLOAD_LIMITS,
): Promise<Sheet[]> {
  const budget = budgetOf(limits);
  const { zip, merges } = await scanXlsx(bytes, file, budget);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength)]),
    { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' },
  );
  decodeAcrossChunks(reader);
  // A shared rich-text string is one object however many cells show it: make its text once.
  const richTexts = new WeakMap<object, string>();
  const text = (value: unknown): string => {
    if (typeof value !== 'object' || value === null || !('richText' in value)) return cellText(value);
    let shown = richTexts.get(value);
    if (shown === undefined) richTexts.set(value, (shown = cellText(value)));
    return shown;
  };
  const sheets: Sheet[] = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as StreamedWorksheet;
      const name = ws.name ?? `Sheet${ws.id}`;
      // Excel allows 31 characters; names go into patterns and messages downstream.
      if (name.length > MAX_SHEET_NAME)
        throw tooLargeError(
          { file },
          `工作表名称超过 ${MAX_SHEET_NAME} 个字符`,
          `a worksheet name is longer than ${MAX_SHEET_NAME} characters`,
        );
      const rows = await worksheetRows(ws, { file, sheet: name }, budget, text);
      fillMerges(rows, merges.get(name) ?? [], budget, { file, sheet: name });
      if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
      sheets.push({ file, sheet: name, rows });
    }
  } catch (error) {
    throw isAppError(error) ? error : notXlsx(file, error);
  }
  return sheets;
}
