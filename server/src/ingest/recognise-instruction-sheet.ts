/**
 * Sheets of instructions, which an import skips and reports as skipped, with the reason:
 * - the template's own instructions sheet, or a copy of it under any name or in another workbook: its
 *   first rows carry the marker declared in instruction-sheet.ts;
 * - a sheet named for instructions (说明, 填表说明, 填报须知, 注意事项, Instructions, README, a copy such as
 *   “说明 (2)”) that holds prose or no header row;
 * - a sheet of prose with no header row, whatever its name.
 * Prose is at most two filled cells a row with sentences among them, so a sheet with a header row and
 * three columns or more is read as data whatever it is called; a mapping file rule naming the sheet
 * always wins (the caller checks that).
 */
import { normalizeName } from '#model';
import { INSTRUCTION_SHEET } from './instruction-sheet.ts';
import { findHeaderRow, isSentence } from './map-sheet.ts';
import type { SheetRow } from './read-sheet.ts';

/** Sheet names that say “instructions”, once normalised and without a copy's number. */
const INSTRUCTION_NAME =
  /^(?:(?:导入|模板|表格|填表|填写|填报|使用|操作|编制)*(?:说明|须知|注意事项|帮助|指南|指引)|instructions?|readme|help|guide|howto|notes)+$/u;

const MARKERS = [INSTRUCTION_SHEET.marker.zh, INSTRUCTION_SHEET.marker.en].map(normalizeName);

function hasMarker(rows: readonly SheetRow[]): boolean {
  return rows.some((row) =>
    row.cells.some((cell) => {
      const text = normalizeName(cell);
      return MARKERS.some((marker) => text.includes(marker));
    }),
  );
}

/** A sheet's name, or a CSV file's name without folder and extension, as written. */
function nameOf(file: string, sheet: string | undefined): string {
  return sheet ?? file.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
}

/** 说明, 填表说明, 说明 Instructions (2), README …: words that say “instructions”, and nothing else. */
export function isInstructionName(name: string): boolean {
  const normal = normalizeName(name).replace(/(?:副本|copy)?\d*$/u, '');
  return normal !== '' && INSTRUCTION_NAME.test(normal);
}

/** Prose: no row with more than two filled cells, and sentences among the cells. */
function isProse(rows: readonly SheetRow[]): boolean {
  const filled = rows.map((row) => row.cells.filter((cell) => cell.trim() !== ''));
  return filled.every((cells) => cells.length <= 2) && filled.some((cells) => cells.some(isSentence));
}

/** Why the sheet is instructions and not data (bilingual), or null when it is to be read. */
export function recogniseInstructionSheet(
  file: string,
  sheet: string | undefined,
  firstRows: readonly SheetRow[],
): string | null {
  if (hasMarker(firstRows))
    return `导入模板的填写说明（标题含“${INSTRUCTION_SHEET.marker.zh}”），不是数据，已跳过 / the import template's instructions (the title says “${INSTRUCTION_SHEET.marker.en}”), not data: skipped`;
  const header = findHeaderRow(firstRows) !== null;
  const prose = isProse(firstRows);
  const name = nameOf(file, sheet);
  if (isInstructionName(name) && (prose || !header))
    return `名称“${name}”表明是说明${prose ? '，内容是说明文字' : '，且没有表头'}，不是数据，已跳过 / named “${name}” and ${prose ? 'holds prose' : 'has no header row'}: instructions, not data, skipped`;
  if (prose && !header)
    return `只有说明文字、没有表头，不是数据，已跳过 / only prose and no header row: not data, skipped`;
  return null;
}
