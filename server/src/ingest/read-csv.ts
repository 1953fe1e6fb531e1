/**
 * CSV files → rows of text cells, as a stream. The encoding is detected from the first bytes: UTF-8 with or
 * without BOM, UTF-16 with BOM (Excel's “Unicode text”) or without (told by its NUL bytes), otherwise
 * GB18030, which covers the GBK files Excel saves on a Chinese Windows. The delimiter (comma, tab,
 * semicolon) is sniffed from the same bytes. Fields, rows, cells and bytes are checked against the read
 * limits as the text streams (read-limits.ts).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { AppError, visibleText } from '#model';
import {
  DEFAULT_UPLOAD_LIMITS,
  budgetOf,
  columnLetters,
  limitExceeded,
  type ReadBudget,
  type ReadLimits,
} from './read-limits.ts';
import type { Sheet, SheetRow, SheetStream, TextEncoding } from './read-sheet.ts';

const BOMS: ReadonlyArray<[readonly number[], TextEncoding]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * UTF-16 written without a byte-order mark (some exports do): text in UTF-8 or GB18030 has no NUL bytes,
 * while every ASCII character of UTF-16 (delimiters, line breaks, digits) has one, on the odd bytes in
 * little-endian and the even ones in big-endian.
 */
function utf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  const length = Math.min(sample.length, 4096) & ~1;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 1) odd += 1;
    else even += 1;
  }
  // A quarter of the characters ASCII (commas and line breaks alone give that) and nearly all on one side.
  if (odd + even < length / 8) return null;
  if (odd > 9 * even) return 'utf-16le';
  if (even > 9 * odd) return 'utf-16be';
  return null;
}

/** The encoding of a file from its first bytes, and how many bytes of byte-order mark to skip. */
export function detectEncoding(
  sample: Uint8Array,
  complete: boolean,
): { encoding: TextEncoding; bom: number } {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, i) => sample[i] === byte)) return { encoding, bom: bom.length };
  }
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bom: 0 };
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
  private readonly maxCellChars: number;
  private readonly maxColumns: number;
  private readonly file: string;
  private row: string[] = [];
  /** Rows ended so far: the current one is rowsDone + 1. */
  private rowsDone = 0;
  private field = '';
  private atFieldStart = true;
  private quoted = false;
  /** A quote ended the last chunk inside a quoted field: closing, or the first of `""`. */
  private quotePending = false;
  /** A CR ended the last chunk: a LF starting the next one belongs to it. */
  private crPending = false;

  /** Without limits a field and a row may be of any length (text already in memory, tests). */
  constructor(delimiter: string, limits?: Pick<ReadLimits, 'maxCellChars' | 'maxColumns'>, file = '') {
    this.delimiter = delimiter.charCodeAt(0);
    this.maxCellChars = limits?.maxCellChars ?? Number.POSITIVE_INFINITY;
    this.maxColumns = limits?.maxColumns ?? Number.POSITIVE_INFINITY;
    this.file = file;
  }

  private refuse(limit: 'maxCellChars' | 'maxColumns', column: number): never {
    throw limitExceeded(
      limit,
      { ...DEFAULT_UPLOAD_LIMITS, maxCellChars: this.maxCellChars, maxColumns: this.maxColumns },
      { file: this.file, row: this.rowsDone + 1, column: columnLetters(column) },
    );
  }

  /** Adds text[from, to) to the field, refusing it before it grows past maxCellChars. */
  private append(text: string, from: number, to: number): void {
    if (this.field.length + to - from > this.maxCellChars) this.refuse('maxCellChars', this.row.length + 1);
    this.field += text.slice(from, to);
  }

  private endField(): void {
    if (this.row.length >= this.maxColumns) this.refuse('maxColumns', this.row.length + 1);
    this.row.push(this.field);
    this.field = '';
    this.atFieldStart = true;
  }

  private endRow(rows: string[][]): void {
    this.endField();
    rows.push(this.row);
    this.row = [];
    this.rowsDone += 1;
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
        this.append('"', 0, 1);
        i += 1;
      } else this.quoted = false;
    }
    while (i < length) {
      if (this.quoted) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          this.append(text, i, length);
          return;
        }
        this.append(text, i, quote);
        if (quote + 1 === length) {
          this.quotePending = true;
          return;
        }
        if (text.charCodeAt(quote + 1) === 34) {
          this.append('"', 0, 1);
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
        this.append(text, i, j);
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

/** Text handed to the parser at a time, so that the rows waiting to be counted stay few. */
const PARSE_SLICE = 64 * 1024;

/**
 * Reads a CSV as a stream of rows; the source is a file path or bytes. Bytes, rows and cells are counted
 * against the budget, fields and rows checked by the parser, as the rows are consumed.
 */
export function streamCsv(
  source: string | Uint8Array,
  file: string,
  limits: ReadLimits | ReadBudget = DEFAULT_UPLOAD_LIMITS,
): SheetStream {
  const budget = budgetOf(limits);
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
        budget.addBytes(chunk.length, { file });
        yield chunk;
      }
    })();
    const text = decodeStream(counted, (found) => (encoding = found), file);
    // The delimiter is sniffed from the first decoded text.
    let parser: CsvParser | null = null;
    let row = 0;
    const rows: string[][] = [];
    const counts = function* (): Generator<SheetRow> {
      for (const cells of rows) {
        row += 1;
        budget.addRows(1, { file, row });
        budget.addCells(cells.length, { file, row });
        // Characters that show nothing (zero-width spaces in pasted names) are left out, as in XLSX cells.
        yield { row, cells: cells.map(visibleText) };
      }
      rows.length = 0;
    };
    for await (const part of text) {
      parser ??= new CsvParser(sniffDelimiter(part.slice(0, 8192)), budget.limits, file);
      for (let at = 0; at < part.length; at += PARSE_SLICE) {
        parser.push(part.slice(at, at + PARSE_SLICE), rows);
        yield* counts();
      }
    }
    parser?.end(rows);
    yield* counts();
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
