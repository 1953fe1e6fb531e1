/**
 * Step 1 of an import, read: spreadsheet files → sheets of text cells with spreadsheet row numbers.
 *
 * - CSV is parsed as a stream (csv-parse). The encoding is detected from the first bytes: UTF-8 with or
 *   without BOM, UTF-16 with BOM (Excel's “Unicode text”), otherwise GB18030, which covers the GBK files
 *   Excel saves on a Chinese Windows. The delimiter (comma, tab, semicolon) is sniffed from the same bytes.
 * - XLSX is parsed as a stream (exceljs' WorkbookReader), every worksheet, each into memory as text rows;
 *   merged cells are then filled with the value of their top-left cell, so a merged title or a merged
 *   enterprise cell reads the same on every row it covers.
 * Cells are text exactly as shown; nothing is evaluated: a formula cell gives its cached result.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { AppError } from '#model';
import { cellText } from './cell-text.ts';

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

const BOMS: ReadonlyArray<[readonly number[], TextEncoding]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding of a file from its first bytes, and how many bytes of byte-order mark to skip. */
export function detectEncoding(
  sample: Uint8Array,
  complete: boolean,
): { encoding: TextEncoding; bom: number } {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => sample[i] === byte)) return { encoding, bom: bom.length };
  }
  try {
    // `stream: true` tolerates a character cut off at the end of an incomplete sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, bom } = detectEncoding(bytes, true);
  const body = bytes.subarray(bom);
  if (encoding === 'utf-8') return { text: new TextDecoder('utf-8').decode(body), encoding };
  return { text: iconv.decode(Buffer.from(body), encoding), encoding };
}

/** The delimiter a CSV sample uses most on its first lines (comma unless tabs or semicolons win). */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  const lines = text.split(/\r?\n/u, 12).filter((line) => line.trim() !== '');
  const count = (ch: string) => lines.reduce((sum, line) => sum + line.split(ch).length - 1, 0);
  const comma = count(',');
  const tab = count('\t');
  const semicolon = count(';');
  if (tab > comma && tab >= semicolon) return '\t';
  if (semicolon > comma && semicolon > tab) return ';';
  return ',';
}

/**
 * CSV as Excel writes it, parsed incrementally: fields quoted with `"` (`""` inside is a quote) may hold
 * delimiters and line breaks; a quote inside an unquoted field is kept as it is; rows end at CRLF, LF or CR;
 * rows may have any number of fields. (csv-parse builds an error object, stack trace and all, for every row
 * whose length differs from the first one, which a title row above the headers makes every row: 10x slower.)
 */
export class CsvParser {
  private readonly delimiter: number;
  private row: string[] = [];
  private field = '';
  private atFieldStart = true;
  private quoted = false;
  /** A quote ended the last chunk inside a quoted field: closing, or the first of `""`. */
  private quotePending = false;
  /** A CR ended the last chunk: a LF starting the next one belongs to it. */
  private crPending = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.atFieldStart = true;
  }

  private endRow(rows: string[][]): void {
    this.endField();
    rows.push(this.row);
    this.row = [];
  }

  /** Parses a chunk of text; complete rows are appended to `rows`. */
  push(text: string, rows: string[][]): void {
    const length = text.length;
    let i = 0;
    if (length === 0) return;
    if (this.crPending) {
      this.crPending = false;
      if (text.charCodeAt(0) === 10) i = 1;
    }
    if (this.quotePending && i < length) {
      this.quotePending = false;
      if (text.charCodeAt(i) === 34) {
        this.field += '"';
        i += 1;
      } else this.quoted = false;
    }
    while (i < length) {
      if (this.quoted) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, quote);
        if (quote + 1 === length) {
          this.quotePending = true;
          return;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          this.field += '"';
          i = quote + 2;
        } else {
          this.quoted = false;
          i = quote + 1;
        }
        continue;
      }
      if (this.atFieldStart && text.charCodeAt(i) === 34) {
        this.quoted = true;
        this.atFieldStart = false;
        i += 1;
        continue;
      }
      let j = i;
      let code = 0;
      while (j < length) {
        code = text.charCodeAt(j);
        if (code === this.delimiter || code === 10 || code === 13) break;
        j += 1;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.atFieldStart = false;
      }
      if (j === length) return;
      if (code === this.delimiter) this.endField();
      else {
        this.endRow(rows);
        if (code === 13) {
          if (j + 1 === length) this.crPending = true;
          else if (text.charCodeAt(j + 1) === 10) j += 1;
        }
      }
      i = j + 1;
    }
  }

  /** The last row, when the text does not end with a line break. */
  end(rows: string[][]): void {
    this.quotePending = false;
    this.quoted = false;
    if (this.field !== '' || this.row.length > 0 || !this.atFieldStart) this.endRow(rows);
  }
}

export function parseCsvText(text: string, delimiter = sniffDelimiter(text.slice(0, 8192))): string[][] {
  const parser = new CsvParser(delimiter);
  const rows: string[][] = [];
  parser.push(text, rows);
  parser.end(rows);
  return rows;
}

/** A whole CSV file already in memory. */
export function readCsv(bytes: Uint8Array, file: string): Sheet {
  return { file, rows: parseCsvText(decodeText(bytes).text) };
}

/** Enough bytes to tell the encoding: up to the first non-ASCII byte plus a margin, or 4 MiB. */
const SNIFF_MARGIN = 64 * 1024;
const SNIFF_MAX = 4 * 1024 * 1024;

async function* decodeStream(
  chunks: AsyncIterable<Buffer>,
  onEncoding: (encoding: TextEncoding) => void,
  file: string,
): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  const buffered: Buffer[] = [];
  let size = 0;
  let firstHigh = -1;
  let done = false;
  while (!done) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = next.value;
    if (firstHigh < 0) {
      const index = chunk.findIndex((byte) => byte >= 0x80);
      if (index >= 0) firstHigh = size + index;
    }
    buffered.push(chunk);
    size += chunk.length;
    if ((firstHigh >= 0 && size >= firstHigh + SNIFF_MARGIN) || size >= SNIFF_MAX) break;
  }
  const sample = Buffer.concat(buffered);
  const { encoding, bom } = detectEncoding(sample, done);
  onEncoding(encoding);
  let decode: (chunk: Buffer, last: boolean) => string;
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    decode = (chunk, last) => {
      try {
        return decoder.decode(chunk, { stream: !last });
      } catch {
        throw new AppError(
          'BAD_INPUT',
          `${file}：文件前部是 UTF-8 编码，后面却有不是 UTF-8 的字节；请在 Excel 中另存为“CSV UTF-8” / ${file} starts as UTF-8 but contains bytes that are not UTF-8 further on; save it again as “CSV UTF-8”`,
          { file },
        );
      }
    };
  } else {
    const decoder = iconv.getDecoder(encoding);
    decode = (chunk, last) => decoder.write(chunk) + (last ? (decoder.end() ?? '') : '');
  }
  yield decode(sample.subarray(bom), done);
  while (!done) {
    const next = await iterator.next();
    if (next.done) break;
    yield decode(next.value, false);
  }
  if (!done) yield decode(Buffer.alloc(0), true);
}

/** Reads a CSV as a stream of rows; the source is a file path or bytes. */
export function streamCsv(source: string | Uint8Array, file: string): SheetStream {
  let encoding: TextEncoding | undefined;
  let total = typeof source === 'string' ? 0 : source.length;
  let done = 0;
  async function* rows(): AsyncGenerator<SheetRow> {
    const input =
      typeof source === 'string'
        ? createReadStream(source, { highWaterMark: 256 * 1024 })
        : Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]);
    if (typeof source === 'string') {
      const handle = await open(source, 'r');
      total = (await handle.stat()).size;
      await handle.close();
    }
    const counted = (async function* () {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        done += chunk.length;
        yield chunk;
      }
    })();
    const text = decodeStream(counted, (found) => (encoding = found), file);
    // The delimiter is sniffed from the first decoded text.
    let parser: CsvParser | null = null;
    let row = 0;
    const rows: string[][] = [];
    for await (const part of text) {
      parser ??= new CsvParser(sniffDelimiter(part.slice(0, 8192)));
      parser.push(part, rows);
      for (const cells of rows) yield { row: ++row, cells };
      rows.length = 0;
    }
    parser?.end(rows);
    for (const cells of rows) yield { row: ++row, cells };
  }
  return {
    file,
    get encoding() {
      return encoding;
    },
    stream: rows(),
    progress: () => ({ done, total }),
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

function xmlText(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** Merged ranges of every worksheet, by worksheet name (exceljs' streaming reader does not report them). */
async function mergedRanges(bytes: Uint8Array): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const rel of rels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]+)"/u.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(rel[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, 'xl/'));
  }
  const merges = new Map<string, string[]>();
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(sheet[0])?.[1];
    const rid = /\br:id="([^"]+)"/u.exec(sheet[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    const entry = path ? zip.file(path) : null;
    if (name === undefined || !entry) continue;
    const xml = await entry.async('string');
    const start = xml.lastIndexOf('<mergeCells');
    if (start < 0) continue;
    const refs = [...xml.slice(start).matchAll(/<mergeCell\s+ref="([A-Za-z0-9:$]+)"/gu)].map((m) =>
      (m[1] ?? '').replace(/\$/gu, ''),
    );
    merges.set(xmlText(name), refs);
  }
  return merges;
}

function fillMerges(rows: string[][], refs: readonly string[]): void {
  for (const ref of refs) {
    const range = parseRange(ref);
    if (!range) continue;
    const value = rows[range.top]?.[range.left] ?? '';
    for (let r = range.top; r <= range.bottom; r++) {
      const cells = (rows[r] ??= []);
      for (let c = range.left; c <= range.right; c++) {
        while (cells.length < c) cells.push('');
        cells[c] = value;
      }
    }
  }
}

/** Every worksheet of an XLSX workbook, with merged cells filled. Hidden sheets are skipped. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<Sheet[]> {
  const merges = await mergedRanges(bytes).catch(() => {
    throw new AppError(
      'BAD_INPUT',
      `${file} 不是有效的 XLSX 文件（.xls 请先另存为 .xlsx 或 CSV） / ${file} is not a valid XLSX workbook (save .xls files as .xlsx or CSV first)`,
      { file },
    );
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' },
  );
  const sheets: Sheet[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as {
      id: number | string;
      name?: string;
      state?: string;
      [Symbol.asyncIterator](): AsyncIterator<{ number: number; values: unknown[] }>;
    };
    const rows: string[][] = [];
    for await (const row of ws) {
      const values = Array.isArray(row.values) ? row.values : [];
      // exceljs rows are 1-based: values[0] is empty.
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      rows[row.number - 1] = cells;
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const name = ws.name ?? `Sheet${ws.id}`;
    fillMerges(rows, merges.get(name) ?? []);
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    sheets.push({ file, sheet: name, rows });
  }
  return sheets;
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

/** The sheets of an uploaded file held in memory. */
export async function sheetsFromBytes(name: string, bytes: Uint8Array): Promise<SheetInput[]> {
  const format = formatOf(name, bytes);
  if (format === 'xlsx') return readXlsx(bytes, name);
  if (format === 'csv') return [streamCsv(bytes, name)];
  throw unsupported(name);
}

/** The sheets of a file on disk; CSV is streamed, a workbook read whole (merged cells need the end of each sheet). */
export async function sheetsFromFile(path: string, name: string): Promise<SheetInput[]> {
  const format = formatOf(path);
  if (format === 'csv') return [streamCsv(path, name)];
  if (format === 'xlsx') {
    const { readFile } = await import('node:fs/promises');
    return readXlsx(await readFile(path), name);
  }
  throw unsupported(name);
}
