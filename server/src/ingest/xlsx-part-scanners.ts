/**
 * What the pass over a workbook (scan-xlsx-entries.ts) looks for in each part's XML as it is
 * decompressed: in worksheets, cells (their length, their column), rows (their number), column
 * definitions and merged ranges; in shared strings, each string's length; elsewhere, any one text or tag.
 * Each scanner throws TOO_LARGE naming the limit and the place the moment one is over.
 */
import { AppError } from '#model';
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

const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** Merged ranges over all files of one budget. */
export const MAX_MERGED_RANGES = 500_000;
/** Excel's last column, XFD: exceljs allocates a column object for each up to the one a cell names. */
const EXCEL_COLUMNS = 16_384;

/** Markup a cell may carry besides its text (formula, rich-text runs), in bytes. */
const CELL_MARKUP = 64 * 1024;

/** Longest run of XML bytes a cell (or any one text or tag) may take: its characters escaped, and markup. */
export function cellByteCap(limits: ReadLimits): number {
  // `&#65535;` is 8 bytes for one character.
  return limits.maxCellChars * 8 + CELL_MARKUP;
}

export function notXlsx(file: string, cause?: unknown): AppError {
  return new AppError(
    'BAD_INPUT',
    `${file} 不是有效的 XLSX 文件（.xls 请先另存为 .xlsx 或 CSV） / ${file} is not a valid XLSX workbook (save .xls files as .xlsx or CSV first)`,
    { file },
    { cause },
  );
}

export interface ScanContext {
  readonly file: string;
  readonly part: string;
  readonly sheet: string | undefined;
  readonly budget: ReadBudget;
  readonly chunkSize: number;
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
export class PlainScanner extends XmlRunScanner {
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
export class SharedStringsScanner extends XmlRunScanner {
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
export class WorksheetScanner extends XmlRunScanner {
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
