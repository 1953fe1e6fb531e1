/**
 * A table as an XLSX workbook a bureau can use at once: the title in a merged first row, Chinese headers
 * in bold on a shaded row that stays in view (frozen) with a filter, column widths fitted to the widest
 * cell (Chinese characters counting double, within bounds), numbers as numbers. Text is always written
 * as text, never as a formula, whatever it begins with.
 */
import ExcelJS from 'exceljs';
import { sheetNameOf, type Cell, type Table } from './table-file.ts';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** How wide text looks in a spreadsheet's units: wide (CJK, full-width) characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  return width;
}

function columnWidth(header: string, cells: readonly Cell[]): number {
  const widest = Math.max(
    displayWidth(header),
    ...cells.map((cell) => (cell === null ? 0 : displayWidth(String(cell)))),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

export async function writeXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '产学研知识图谱';
  workbook.title = table.title;
  const sheet = workbook.addWorksheet(sheetNameOf(table.sheet), {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const count = Math.max(1, table.columns.length);
  sheet.columns = table.columns.map((column, index) => ({
    width: columnWidth(
      column.header,
      table.rows.map((row) => row[index] ?? null),
    ),
    style: column.type === 'number' ? { alignment: { horizontal: 'right' } } : {},
  }));
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  if (count > 1) sheet.mergeCells(1, 1, 1, count);
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8A9BB0' } } };
  });
  for (const row of table.rows) {
    const added = sheet.addRow(
      table.columns.map((column, index) => {
        const cell = row[index] ?? null;
        if (cell === null) return null;
        return column.type === 'number' && typeof cell === 'number' ? cell : String(cell);
      }),
    );
    // A text cell beginning with = stays text: exceljs writes strings as shared strings, never formulas.
    added.alignment = { vertical: 'top', wrapText: false };
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: count } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
