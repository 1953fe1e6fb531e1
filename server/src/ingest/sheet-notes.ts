/**
 * Remarks on how sheets were read, for the import report's notes (command line, import page, GraphQL):
 * every sheet skipped as instructions, with why, and every column not recognised, listed as ignored, so
 * nothing a planner wrote is left out without a word.
 */
import { describeColumn } from './describe-column.ts';
import type { ImportProblem } from './import-problem.ts';
import type { SheetMapping, SkippedSheet } from './sheet-mapping.ts';

const MAPPING_HINT =
  '如需导入，可在映射文件的 columns 中写明 / to import it, name it in a mapping file’s columns';

export function sheetNotes(
  mappings: readonly SheetMapping[],
  skipped: readonly SkippedSheet[],
): ImportProblem[] {
  const notes: ImportProblem[] = skipped.map((sheet) => ({
    file: sheet.file,
    ...(sheet.sheet ? { sheet: sheet.sheet } : {}),
    message: sheet.reason,
  }));
  for (const mapping of mappings) {
    for (const column of mapping.columns) {
      if (column.use.use !== 'unknown' || !column.header) continue;
      notes.push({
        file: mapping.file,
        ...(mapping.sheet ? { sheet: mapping.sheet } : {}),
        row: mapping.headerRow,
        column: column.header,
        message: `${describeColumn(column)}；${MAPPING_HINT}`,
      });
    }
  }
  return notes;
}
