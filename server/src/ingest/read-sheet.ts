/**
 * Step 1 of an import, read: spreadsheet files → sheets of text cells with spreadsheet row numbers.
 *
 * - CSV is parsed as a stream (our own CsvParser, read-csv.ts). The encoding is detected from the first
 *   bytes: UTF-8 with or without BOM, UTF-16 with BOM (Excel's “Unicode text”), otherwise GB18030, which
 *   covers the GBK files Excel saves on a Chinese Windows. The delimiter (comma, tab, semicolon) is sniffed
 *   from the same bytes.
 * - XLSX is parsed as a stream (exceljs' WorkbookReader), every worksheet, each into memory as text rows;
 *   merged cells are then filled with the value of their top-left cell, so a merged title or a merged
 *   enterprise cell reads the same on every row it covers (read-xlsx.ts).
 * Cells are text exactly as shown; nothing is evaluated: a formula cell gives its cached result.
 * What is read is bounded (read-limits.ts): decompressed bytes, rows, columns, cells and cell length, each
 * checked while the file streams and refused with TOO_LARGE naming the limit and where it was hit.
 */
import { AppError } from '#model';
import { streamCsv } from './read-csv.ts';
import {
  DEFAULT_FILE_LIMITS,
  DEFAULT_UPLOAD_LIMITS,
  type ReadBudget,
  type ReadLimits,
} from './read-limits.ts';
import { readXlsx } from './read-xlsx.ts';

export {
  CsvParser,
  decodeText,
  detectEncoding,
  parseCsvText,
  readCsv,
  sniffDelimiter,
  streamCsv,
} from './read-csv.ts';
export { readXlsx };

/** One spreadsheet row: its number as the spreadsheet program shows it, and its cells as text. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A sheet held in memory (CSV in tests, worksheets of a workbook). */
export interface Sheet {
  readonly file: string;
  /** Worksheet name for workbooks; undefined for CSV. */
  readonly sheet?: string;
  /** Cells by row; rows[i] is spreadsheet row i + 1. */
  readonly rows: readonly (readonly string[])[];
}

/** A sheet whose rows are read as they are consumed (large CSV files). */
export interface SheetStream {
  readonly file: string;
  readonly sheet?: string;
  readonly encoding?: TextEncoding;
  /** Rows in order; may be iterated once. */
  readonly stream: AsyncIterable<SheetRow>;
  /** Bytes read so far and in total, for progress bars. */
  readonly progress?: () => { done: number; total: number };
}

export type SheetInput = Sheet | SheetStream;

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export function isSheetStream(input: SheetInput): input is SheetStream {
  return 'stream' in input;
}

/** The rows of any sheet, as numbered rows. */
export async function* sheetRows(input: SheetInput): AsyncGenerator<SheetRow> {
  if (isSheetStream(input)) {
    yield* input.stream;
    return;
  }
  for (let i = 0; i < input.rows.length; i++) yield { row: i + 1, cells: input.rows[i] ?? [] };
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

export function formatOf(name: string, bytes?: Uint8Array): SpreadsheetFormat | null {
  if (/\.xlsx$|\.xlsm$/iu.test(name)) return 'xlsx';
  if (/\.(csv|txt|tsv)$/iu.test(name)) return 'csv';
  // A zip file without a telling name is taken for a workbook.
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return null;
}

function unsupported(name: string): AppError {
  const xls = /\.xls$/iu.test(name)
    ? '旧版 .xls 请在 Excel 中另存为 .xlsx 或 CSV / save old .xls files as .xlsx or CSV in Excel; '
    : '';
  return new AppError(
    'BAD_INPUT',
    `${name}：只能导入 .xlsx 和 .csv 文件；${xls}${name} is not a .xlsx or .csv file`,
    { file: name },
  );
}

/**
 * The sheets of an uploaded file held in memory. Pass one ReadBudget for all files of an upload to count
 * their totals together.
 */
export async function sheetsFromBytes(
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits | ReadBudget = DEFAULT_UPLOAD_LIMITS,
): Promise<SheetInput[]> {
  const format = formatOf(name, bytes);
  if (format === 'xlsx') return readXlsx(bytes, name, limits);
  if (format === 'csv') return [streamCsv(bytes, name, limits)];
  throw unsupported(name);
}

/** The sheets of a file on disk; CSV is streamed, a workbook read whole (merged cells need the end of each sheet). */
export async function sheetsFromFile(
  path: string,
  name: string,
  limits: ReadLimits | ReadBudget = DEFAULT_FILE_LIMITS,
): Promise<SheetInput[]> {
  const format = formatOf(path);
  if (format === 'csv') return [streamCsv(path, name, limits)];
  if (format === 'xlsx') {
    const { readFile } = await import('node:fs/promises');
    return readXlsx(await readFile(path), name, limits);
  }
  throw unsupported(name);
}
