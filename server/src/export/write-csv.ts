/**
 * A table as CSV that Excel opens correctly and safely: UTF-8 with a byte-order mark (so Chinese is not
 * read as GBK), CRLF line ends, fields quoted when they hold a comma, quote or line break, and text that
 * a spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a carriage return) prefixed
 * with an apostrophe, so it is shown as typed (OWASP's CSV injection advice). Numbers stay numbers.
 */
import type { Cell, Table } from './table-file.ts';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** One field as written: formula-like text defused, quoted when needed. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(table: Table): Buffer {
  const lines = [
    table.columns.map((column) => csvField(column.header)),
    ...table.rows.map((row) => row.map(csvField)),
  ];
  return Buffer.from(BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n', 'utf8');
}
