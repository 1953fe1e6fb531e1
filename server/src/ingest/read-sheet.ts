/**
 * Step 1 of an import, read: bytes of a CSV file → a sheet of text cells with spreadsheet row numbers.
 * Detects the encoding (UTF-8 with or without BOM, else GB18030, which covers GBK files saved by Excel).
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export interface Sheet {
  readonly file: string;
  /** Worksheet name for workbooks; undefined for CSV. */
  readonly sheet?: string;
  /** Cells by row; rows[i] is spreadsheet row i + 1. */
  readonly rows: readonly (readonly string[])[];
}

export type TextEncoding = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(body), 'gb18030'), encoding: 'gb18030' };
  }
}

export function readCsv(bytes: Uint8Array, file: string): Sheet {
  const { text } = decodeText(bytes);
  const rows = parse(text, {
    relax_column_count: true,
    skip_empty_lines: false,
    relax_quotes: true,
  }) as string[][];
  return { file, rows };
}
