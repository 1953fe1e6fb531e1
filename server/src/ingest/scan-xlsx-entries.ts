/**
 * The pass over a workbook before exceljs reads it, so that what exceljs holds stays bounded.
 *
 * Only the parts exceljs reads are taken from the zip (workbook, its relationships, styles, shared
 * strings, worksheets). Each is decompressed as a stream, the actual bytes counted (declared sizes are
 * never trusted), and its XML scanned as it comes (xml-run-scanner.ts): the pass stops the moment the
 * upload's decompressed bytes, a part's own cap, a cell's length, a row number or a column is over its
 * limit. Merged ranges (`<mergeCell ref=…>`) are collected on the way. exceljs then reads a zip rebuilt
 * from exactly the parts checked, in an order that lets it stream every worksheet (no temporary files),
 * with every size in the local headers: what it decompresses is what was counted.
 */
import { crc32, createInflateRaw } from 'node:zlib';
import { AppError, isAppError } from '#model';
import {
  columnLetters,
  limitExceeded,
  tooLargeError,
  type ReadBudget,
  type ReadLimits,
} from './read-limits.ts';
import {
  XmlRunScanner,
  attribute,
  isSelfClosing,
  nameIs,
  tagEnd,
  type ScanProblem,
} from './xml-run-scanner.ts';
import { writeZip, zipEntries, ZipFormatError, type ZipEntry, type ZipWriteEntry } from './zip-archive.ts';

const MIB = 1024 * 1024;
const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** The worksheets exceljs reads (it ignores any other name). */
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/u;

/** Caps of the parts read whole or held whole by exceljs, whatever the limits. */
const PART_CAPS: Readonly<Record<string, number>> = {
  [RELS]: 4 * MIB,
  [WORKBOOK]: 8 * MIB,
  // exceljs holds every style; 16 MB of them take about 60 MB.
  [STYLES]: 16 * MIB,
};
/**
 * exceljs holds every shared string, at 3 (plain) to 4 (rich text) times the size of their XML: they may
 * take a quarter of the decompressed bytes allowed.
 */
const SHARED_STRINGS_SHARE = 4;
export const MAX_WORKSHEETS = 1_000;
/** Merged ranges over all files of one budget. */
export const MAX_MERGED_RANGES = 500_000;
/** Excel's last column, XFD: exceljs allocates a column object for each up to the one a cell names. */
const EXCEL_COLUMNS = 16_384;
const CHUNK = 64 * 1024;

/** Markup a cell may carry besides its text (formula, rich-text runs), in bytes. */
const CELL_MARKUP = 64 * 1024;

/** Longest run of XML bytes a cell (or any one text or tag) may take: its characters escaped, and markup. */
export function cellByteCap(limits: ReadLimits): number {
  // `&#65535;` is 8 bytes for one character.
  return limits.maxCellChars * 8 + CELL_MARKUP;
}

export interface ScannedWorkbook {
  /** The workbook rebuilt from the checked parts, for exceljs. */
  readonly zip: Uint8Array;
  /** Merged ranges (`A1:C3`) by worksheet name. */
  readonly merges: ReadonlyMap<string, readonly string[]>;
}

export function notXlsx(file: string, cause?: unknown): AppError {
  return new AppError(
    'BAD_INPUT',
    `${file} 不是有效的 XLSX 文件（.xls 请先另存为 .xlsx 或 CSV） / ${file} is not a valid XLSX workbook (save .xls files as .xlsx or CSV first)`,
    { file },
    { cause },
  );
}

interface ScanContext {
  readonly file: string;
  readonly part: string;
  readonly sheet: string | undefined;
  readonly budget: ReadBudget;
}

function runTooLong(
  context: ScanContext,
  where: { row?: number; column?: number },
  inCell: boolean,
): AppError {
  const { file, sheet, part, budget } = context;
  const kb = `${Math.round(cellByteCap(budget.limits) / 1024).toLocaleString('en')} KB`;
  return limitExceeded(
    'maxCellChars',
    budget.limits,
    {
      file,
      sheet,
      row: where.row,
      column: where.column ? columnLetters(where.column) : undefined,
    },
    inCell
      ? { zh: `单元格的 XML 超过 ${kb}`, en: `the cell's XML is over ${kb}` }
      : { zh: `${part} 中一段文字超过 ${kb}`, en: `a text in ${part} is over ${kb}` },
  );
}

function scanProblem(context: ScanContext, problem: ScanProblem, error: () => AppError): never {
  if (problem === 'doctype') throw notXlsx(context.file, new Error(`${context.part} declares a DTD`));
  throw error();
}

/** Parts scanned for runs only (styles, workbook, relationships). */
class PlainScanner extends XmlRunScanner {
  constructor(private readonly context: ScanContext) {
    super(cellByteCap(context.budget.limits));
  }

  protected onTag(_data: Buffer, _lt: number, _name: number, nameEnd: number): number {
    return nameEnd;
  }

  protected refuse(problem: ScanProblem): never {
    scanProblem(this.context, problem, () => runTooLong(this.context, {}, false));
  }
}

/** xl/sharedStrings.xml: each `<si>` is one cell's text. */
class SharedStringsScanner extends XmlRunScanner {
  private index = 0;

  constructor(private readonly context: ScanContext) {
    super(cellByteCap(context.budget.limits));
  }

  protected onTag(data: Buffer, lt: number, name: number, nameEnd: number, closing: boolean, final: boolean) {
    if (!nameIs(data, name, nameEnd, 'si')) return nameEnd;
    if (closing) {
      this.inCell = false;
      this.runStart = this.at(lt);
      return nameEnd;
    }
    const gt = tagEnd(data, nameEnd);
    if (gt < 0) return final ? data.length : -1;
    this.index += 1;
    if (!isSelfClosing(data, gt)) {
      this.inCell = true;
      this.runStart = this.at(lt);
    }
    return gt + 1;
  }

  protected refuse(problem: ScanProblem): never {
    const { context, index } = this;
    scanProblem(context, problem, () =>
      this.inCell
        ? limitExceeded(
            'maxCellChars',
            context.budget.limits,
            { file: context.file },
            {
              zh: `共享字符串第 ${index} 项（${SHARED_STRINGS}）的 XML 超过 ${Math.round(cellByteCap(context.budget.limits) / 1024)} KB`,
              en: `shared string ${index} (${SHARED_STRINGS}) has more than ${Math.round(cellByteCap(context.budget.limits) / 1024)} KB of XML`,
            },
          )
        : runTooLong(context, {}, false),
    );
  }
}

/** Digits at [start, end) as a number (as parseInt reads them), capped far above any limit. */
function numberAt(data: Buffer, start: number, end: number): number {
  let n = 0;
  let digits = 0;
  for (let p = start; p < end; p++) {
    const byte = data[p] ?? 0;
    if (byte < 0x30 || byte > 0x39) break;
    n = Math.min(n * 10 + byte - 0x30, 1e15);
    digits += 1;
  }
  return digits === 0 ? Number.NaN : n;
}

/** The column of a cell reference (`AB12` → 28), 0 without letters. */
function columnAt(data: Buffer, start: number, end: number): number {
  let n = 0;
  for (let p = start; p < end; p++) {
    const byte = (data[p] ?? 0) & 0xdf;
    if (byte < 0x41 || byte > 0x5a) break;
    n = Math.min(n * 26 + byte - 0x40, 1e9);
  }
  return n;
}

/** A worksheet: cells, rows, column definitions and merged ranges. */
class WorksheetScanner extends XmlRunScanner {
  /** The highest row number: the rows this sheet will hold. */
  maxRow = 0;
  readonly merges: string[] = [];
  private row = 0;
  private column = 0;
  private columnDefinitions = 0;

  constructor(
    private readonly context: ScanContext,
    /** Rows already held by earlier sheets and files of the budget. */
    private readonly rowsBefore: number,
    private readonly mergeCount: { value: number },
  ) {
    super(cellByteCap(context.budget.limits));
  }

  private where(column?: number) {
    return {
      file: this.context.file,
      sheet: this.context.sheet,
      row: this.row,
      column: column === undefined ? undefined : columnLetters(column),
    };
  }

  protected onTag(data: Buffer, lt: number, name: number, nameEnd: number, closing: boolean, final: boolean) {
    const isCell = nameEnd - name === 1 && data[name] === 0x63;
    if (isCell && closing) {
      this.inCell = false;
      this.runStart = this.at(lt);
      return nameEnd;
    }
    if (closing) return nameEnd;
    const kind = isCell
      ? 'c'
      : nameIs(data, name, nameEnd, 'row')
        ? 'row'
        : nameIs(data, name, nameEnd, 'col')
          ? 'col'
          : nameIs(data, name, nameEnd, 'mergeCell')
            ? 'mergeCell'
            : null;
    if (!kind) return nameEnd;
    const gt = tagEnd(data, nameEnd);
    if (gt < 0) return final ? data.length : -1;
    if (kind === 'c') this.cell(data, lt, nameEnd, gt);
    else if (kind === 'row') this.startRow(data, nameEnd, gt);
    else if (kind === 'col') this.columnDefinition(data, nameEnd, gt);
    else this.mergeCell(data, nameEnd, gt);
    return gt + 1;
  }

  private cell(data: Buffer, lt: number, nameEnd: number, gt: number): void {
    const ref = attribute(data, nameEnd, gt, 'r');
    const named = ref ? columnAt(data, ref[0], ref[1]) : 0;
    const column = named > 0 ? named : this.column + 1;
    const empty = isSelfClosing(data, gt);
    const limits = this.context.budget.limits;
    if (column > EXCEL_COLUMNS || (!empty && column > limits.maxColumns))
      throw limitExceeded('maxColumns', limits, this.where(column));
    this.column = column;
    if (!empty) {
      this.inCell = true;
      this.runStart = this.at(lt);
    }
  }

  private startRow(data: Buffer, nameEnd: number, gt: number): void {
    const ref = attribute(data, nameEnd, gt, 'r');
    const number = ref ? numberAt(data, ref[0], ref[1]) : Number.NaN;
    this.row = Number.isNaN(number) ? this.row + 1 : number;
    this.column = 0;
    this.inCell = false;
    if (this.rowsBefore + this.row > this.context.budget.limits.maxRows)
      throw limitExceeded('maxRows', this.context.budget.limits, this.where());
    this.maxRow = Math.max(this.maxRow, this.row);
  }

  private columnDefinition(data: Buffer, nameEnd: number, gt: number): void {
    const max = attribute(data, nameEnd, gt, 'max');
    this.columnDefinitions += 1;
    if ((max && numberAt(data, max[0], max[1]) > EXCEL_COLUMNS) || this.columnDefinitions > EXCEL_COLUMNS)
      throw tooLargeError(
        { file: this.context.file, sheet: this.context.sheet },
        `列宽定义超出 Excel 的 ${EXCEL_COLUMNS} 列`,
        `the column definitions go beyond Excel's ${EXCEL_COLUMNS.toLocaleString('en')} columns`,
      );
  }

  private mergeCell(data: Buffer, nameEnd: number, gt: number): void {
    const ref = attribute(data, nameEnd, gt, 'ref');
    if (!ref || ref[1] - ref[0] > 32) return;
    this.mergeCount.value += 1;
    if (this.mergeCount.value > MAX_MERGED_RANGES)
      throw tooLargeError(
        { file: this.context.file, sheet: this.context.sheet },
        `合并单元格超过 ${MAX_MERGED_RANGES} 处`,
        `more than ${MAX_MERGED_RANGES.toLocaleString('en')} merged ranges`,
      );
    this.merges.push(data.toString('latin1', ref[0], ref[1]).replace(/\$/gu, ''));
  }

  protected refuse(problem: ScanProblem): never {
    scanProblem(this.context, problem, () =>
      runTooLong(this.context, { row: this.row, column: this.column }, this.inCell),
    );
  }
}

/** An entry's decompressed bytes, chunk by chunk; `use` may throw to stop. */
async function eachChunk(entry: ZipEntry, use: (chunk: Buffer) => void): Promise<void> {
  const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) use(data.subarray(at, at + CHUNK));
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  try {
    for await (const chunk of inflater) use(chunk as Buffer);
  } finally {
    inflater.destroy();
  }
}

function partTooLarge(file: string, part: string, cap: number): AppError {
  const mb = `${Math.floor(cap / MIB).toLocaleString('en')} MB`;
  const share = part === SHARED_STRINGS;
  return tooLargeError(
    { file },
    `${part} 解压后超过 ${mb}${share ? `（共享字符串最多占环境变量 IMPORT_MAX_DECOMPRESSED_MB 所定上限的 1/${SHARED_STRINGS_SHARE}）` : ''}`,
    `${part} is over ${mb} once decompressed${share ? ` (shared strings may take 1/${SHARED_STRINGS_SHARE} of the limit set by IMPORT_MAX_DECOMPRESSED_MB)` : ''}`,
  );
}

/** Decompresses and scans one part; returns its size, and its bytes when `keep`. */
async function scanPart(
  entry: ZipEntry,
  context: ScanContext,
  scanner: XmlRunScanner,
  keep = false,
): Promise<{ size: number; bytes?: Buffer }> {
  const limit = context.budget.limits.maxDecompressedBytes;
  const cap =
    PART_CAPS[entry.name] ??
    (entry.name === SHARED_STRINGS ? Math.floor(limit / SHARED_STRINGS_SHARE) : Number.POSITIVE_INFINITY);
  const kept: Buffer[] = [];
  let size = 0;
  try {
    await eachChunk(entry, (chunk) => {
      size += chunk.length;
      context.budget.addBytes(chunk.length, { file: context.file, sheet: context.sheet });
      if (size > cap) throw partTooLarge(context.file, entry.name, cap);
      scanner.push(chunk);
      if (keep) kept.push(chunk);
    });
    scanner.end();
  } catch (error) {
    throw isAppError(error) ? error : notXlsx(context.file, error);
  }
  return keep ? { size, bytes: Buffer.concat(kept) } : { size };
}

/** Tags named `name` (no prefix) in a small document, found in one linear pass. */
function* tagsNamed(xml: string, name: string): Generator<string> {
  for (let at = 0; ;) {
    const start = xml.indexOf(`<${name}`, at);
    if (start < 0) return;
    const end = xml.indexOf('>', start);
    if (end < 0) return;
    at = end + 1;
    const after = xml.charCodeAt(start + name.length + 1);
    // Longer tags are not what a workbook writes here (and would make the attribute patterns slow).
    if ((after <= 0x20 || after === 0x2f || after === 0x3e) && end - start < 4096)
      yield xml.slice(start, end + 1);
  }
}

function xmlText(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** Worksheet names by part (`xl/worksheets/sheet1.xml`), from the workbook and its relationships. */
function sheetNames(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of tagsNamed(rels, 'Relationship')) {
    const id = /\bId="([^"]+)"/u.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(rel)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, 'xl/'));
  }
  const names = new Map<string, string>();
  for (const sheet of tagsNamed(workbook, 'sheet')) {
    const name = /\bname="([^"]*)"/u.exec(sheet)?.[1];
    const rid = /\br:id="([^"]+)"/u.exec(sheet)?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) names.set(path, xmlText(name));
  }
  return names;
}

function isRead(name: string): boolean {
  return (
    name === RELS || name === WORKBOOK || name === STYLES || name === SHARED_STRINGS || WORKSHEET.test(name)
  );
}

/** A stored part written by us, for what exceljs needs to stream worksheets but the workbook lacks. */
function storedPart(name: string, xml: string): ZipWriteEntry {
  const data = Buffer.from(xml);
  return { name, method: 0, crc: crc32(data), data, size: data.length };
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Checks a workbook against the budget's limits while decompressing it, counting its bytes into the
 * budget; throws TOO_LARGE (or BAD_INPUT for a broken file) the moment something is over.
 */
export async function scanXlsx(
  bytes: Uint8Array,
  file: string,
  budget: ReadBudget,
): Promise<ScannedWorkbook> {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes, isRead);
  } catch (error) {
    throw error instanceof ZipFormatError ? notXlsx(file, error) : error;
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw notXlsx(file, new Error(`${entry.name} appears twice`));
    seen.add(entry.name);
  }
  const find = (name: string) => entries.find((entry) => entry.name === name);
  const context = (part: string, sheet?: string): ScanContext => ({ file, part, sheet, budget });
  const out: ZipWriteEntry[] = [];
  const add = (entry: ZipEntry, size: number) => out.push({ ...entry, size });

  const texts: Record<string, string> = {};
  for (const name of [RELS, WORKBOOK, STYLES]) {
    const entry = find(name);
    if (!entry) continue;
    const part = await scanPart(entry, context(name), new PlainScanner(context(name)), name !== STYLES);
    if (part.bytes) texts[name] = part.bytes.toString('utf-8');
    add(entry, part.size);
  }
  const names = sheetNames(texts[WORKBOOK] ?? '', texts[RELS] ?? '');
  const strings = find(SHARED_STRINGS);
  if (strings) {
    const part = context(SHARED_STRINGS);
    add(strings, (await scanPart(strings, part, new SharedStringsScanner(part))).size);
  } else out.push(storedPart(SHARED_STRINGS, EMPTY_SHARED_STRINGS));
  // Without both, exceljs writes every worksheet to a temporary file to read it at the end.
  if (!find(RELS)) out.unshift(storedPart(RELS, EMPTY_RELS));

  const worksheets = entries.filter((entry) => WORKSHEET.test(entry.name));
  if (worksheets.length > MAX_WORKSHEETS)
    throw tooLargeError(
      { file },
      `工作表超过 ${MAX_WORKSHEETS} 个`,
      `more than ${MAX_WORKSHEETS.toLocaleString('en')} worksheets`,
    );
  const merges = new Map<string, string[]>();
  const mergeCount = { value: budget.mergedRanges };
  let rowsBefore = budget.rows;
  for (const entry of worksheets) {
    const name = names.get(entry.name);
    const part = context(entry.name, name ?? entry.name);
    const scanner = new WorksheetScanner(part, rowsBefore, mergeCount);
    add(entry, (await scanPart(entry, part, scanner)).size);
    rowsBefore += scanner.maxRow;
    if (name !== undefined && scanner.merges.length > 0) merges.set(name, scanner.merges);
  }
  budget.mergedRanges = mergeCount.value;
  return { zip: writeZip(out), merges };
}
