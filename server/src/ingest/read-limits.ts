/**
 * How much of a spreadsheet an import reads before refusing it with TOO_LARGE, so that a small upload
 * cannot unpack into gigabytes (a zip of one 150 MB cell, a workbook of 400,000 rows).
 *
 * - Uploads (the import page, the `importSpreadsheets` mutation: `importUploads(…, { limits })`) use
 *   DEFAULT_UPLOAD_LIMITS, or what the IMPORT_MAX_* environment variables say (readLimitsFromEnv). Bytes,
 *   rows and cells are counted over all files of one upload (one ReadBudget); columns per row, characters
 *   per cell.
 * - The command line, the seed import and the bench read files the operator chose, from disk
 *   (sheetsFromFile): DEFAULT_FILE_LIMITS, generous (ten million rows, Excel's 16,384 columns), and not
 *   read from the environment, so that limits set for the server never stop an import from the command
 *   line. Their cell limit, a million characters, stays below where V8's regular expressions overflow
 *   the stack on one cell's text (somewhere between one and ten million characters).
 * Each refusal names the limit, the variable that sets it and where it was hit (file, sheet, row, column).
 */
import { AppError, type ProblemLocation } from '#model';
import { describeProblem } from './import-problem.ts';

export interface ReadLimits {
  /** Bytes of sheet text once decompressed (the parts of a workbook; a CSV file as read), in total. */
  readonly maxDecompressedBytes: number;
  /** Rows (each sheet's highest row number), in total over all sheets. */
  readonly maxRows: number;
  /** Columns of one row (its rightmost cell). */
  readonly maxColumns: number;
  /** Characters (UTF-16 code units, as `String.length` counts them) of one cell. */
  readonly maxCellChars: number;
  /**
   * Cells held in memory, each row counting as wide as its rightmost cell, in total. Rows × columns alone
   * does not bound memory: 200,000 rows each with one cell in column 500 are 100 million cells to hold
   * from a 5 MB sheet.
   */
  readonly maxCells: number;
}

const MIB = 1024 * 1024;

/**
 * Per upload. Held cells cost about 55 bytes each (5 million took 280 MB of heap), shared strings 3 to 4
 * times their XML: at these limits the worst workbook measured (3 million cells and 50 MB of shared
 * strings) takes about 300 MB to read, and a 150 MB cell or 400,000 rows are refused within tens of MB.
 */
export const DEFAULT_UPLOAD_LIMITS: ReadLimits = {
  maxDecompressedBytes: 200 * MIB,
  maxRows: 200_000,
  maxColumns: 500,
  // Excel's own limit on the characters in a cell.
  maxCellChars: 32_767,
  maxCells: 3_000_000,
};

/** Per call, for files read from disk by the operator (command line, seed, bench). */
export const DEFAULT_FILE_LIMITS: ReadLimits = {
  maxDecompressedBytes: 4096 * MIB,
  maxRows: 10_000_000,
  // Excel's own limit on columns (XFD).
  maxColumns: 16_384,
  maxCellChars: 1_048_576,
  maxCells: 200_000_000,
};

interface LimitText {
  readonly env: string;
  /** The environment variable's value for a limit (MB for bytes). */
  readonly fromEnv: (value: number) => number;
  readonly shown: (limits: ReadLimits) => string;
  readonly zh: (shown: string) => string;
  readonly en: (shown: string) => string;
  /** Counted over all files of an import. */
  readonly total: boolean;
}

const count = (n: number) => n.toLocaleString('en');

const LIMIT_TEXT: Readonly<Record<keyof ReadLimits, LimitText>> = {
  maxDecompressedBytes: {
    env: 'IMPORT_MAX_DECOMPRESSED_MB',
    fromEnv: (mb) => mb * MIB,
    shown: (limits) => `${count(Math.floor(limits.maxDecompressedBytes / MIB))} MB`,
    zh: (shown) => `解压后的内容超过 ${shown}`,
    en: (shown) => `more than ${shown} once decompressed`,
    total: true,
  },
  maxRows: {
    env: 'IMPORT_MAX_ROWS',
    fromEnv: (n) => n,
    shown: (limits) => count(limits.maxRows),
    zh: (shown) => `超过 ${shown} 行`,
    en: (shown) => `more than ${shown} rows`,
    total: true,
  },
  maxColumns: {
    env: 'IMPORT_MAX_COLUMNS',
    fromEnv: (n) => n,
    shown: (limits) => count(limits.maxColumns),
    zh: (shown) => `一行超过 ${shown} 列`,
    en: (shown) => `a row of more than ${shown} columns`,
    total: false,
  },
  maxCellChars: {
    env: 'IMPORT_MAX_CELL_CHARS',
    fromEnv: (n) => n,
    shown: (limits) => count(limits.maxCellChars),
    zh: (shown) => `单元格超过 ${shown} 个字符`,
    en: (shown) => `a cell of more than ${shown} characters`,
    total: false,
  },
  maxCells: {
    env: 'IMPORT_MAX_CELLS',
    fromEnv: (n) => n,
    shown: (limits) => count(limits.maxCells),
    zh: (shown) => `单元格总数超过 ${shown} 个，每行按最右边的单元格计`,
    en: (shown) => `more than ${shown} cells, each row as wide as its rightmost cell`,
    total: true,
  },
};

/** The environment variable setting each limit. */
export const LIMIT_ENV: Readonly<Record<keyof ReadLimits, string>> = Object.fromEntries(
  Object.entries(LIMIT_TEXT).map(([key, text]) => [key, text.env]),
) as Record<keyof ReadLimits, string>;

/**
 * Upload limits from IMPORT_MAX_DECOMPRESSED_MB (MB of 2^20 bytes), IMPORT_MAX_ROWS, IMPORT_MAX_COLUMNS,
 * IMPORT_MAX_CELL_CHARS and IMPORT_MAX_CELLS; unset or empty variables keep the default. Throws an Error
 * naming the variable when a value is not a positive integer.
 */
export function readLimitsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  defaults: ReadLimits = DEFAULT_UPLOAD_LIMITS,
): ReadLimits {
  const limits: Record<string, number> = { ...defaults };
  for (const [key, text] of Object.entries(LIMIT_TEXT)) {
    const raw = env[text.env]?.trim();
    if (raw === undefined || raw === '') continue;
    const value = /^\d+$/u.test(raw) ? text.fromEnv(Number(raw)) : Number.NaN;
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new Error(`${text.env} must be a positive integer (got “${raw}”)`);
    limits[key] = value;
  }
  return limits as unknown as ReadLimits;
}

/** Column letters as a spreadsheet program shows them: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A TOO_LARGE error located as a planner would look for it, in Chinese and English. */
export function tooLargeError(where: ProblemLocation, zh: string, en: string): AppError {
  const message = `${zh} / ${en}`;
  return new AppError(
    'TOO_LARGE',
    where.file ? describeProblem({ ...where, file: where.file, message }) : message,
    where,
  );
}

/** The TOO_LARGE error for a limit: what it is, the variable that sets it, where it was hit. */
export function limitExceeded(
  limit: keyof ReadLimits,
  limits: ReadLimits,
  where: ProblemLocation,
  detail?: { readonly zh: string; readonly en: string },
): AppError {
  const text = LIMIT_TEXT[limit];
  const shown = text.shown(limits);
  const zh = `${detail ? `${detail.zh}，` : ''}${text.zh(shown)}（${text.total ? '本次导入所有文件合计；' : ''}上限由环境变量 ${text.env} 设定）；请拆分文件、删去多余内容，或用命令行导入`;
  const en = `${detail ? `${detail.en}: ` : ''}${text.en(shown)} (${text.total ? 'all files of this import together; ' : ''}the limit ${limit} is set by ${text.env}); split the file, remove what is not needed or import it with the command line`;
  return tooLargeError(where, zh, en);
}

/**
 * What one import has read so far against its limits. Share one budget between the files of an upload so
 * that totals cover them all; a reader given plain limits makes its own.
 */
export class ReadBudget {
  bytes = 0;
  rows = 0;
  cells = 0;
  /** Merged ranges of workbooks (held until their sheet is read; bounded in scan-xlsx-entries.ts). */
  mergedRanges = 0;

  constructor(readonly limits: ReadLimits) {}

  addBytes(n: number, where: ProblemLocation): void {
    this.bytes += n;
    if (this.bytes > this.limits.maxDecompressedBytes)
      throw limitExceeded('maxDecompressedBytes', this.limits, where);
  }

  addRows(n: number, where: ProblemLocation): void {
    this.rows += n;
    if (this.rows > this.limits.maxRows) throw limitExceeded('maxRows', this.limits, where);
  }

  addCells(n: number, where: ProblemLocation): void {
    this.cells += n;
    if (this.cells > this.limits.maxCells) throw limitExceeded('maxCells', this.limits, where);
  }
}

export function budgetOf(limits: ReadLimits | ReadBudget): ReadBudget {
  return limits instanceof ReadBudget ? limits : new ReadBudget(limits);
}
