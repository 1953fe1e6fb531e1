/**
 * A problem found while importing, located as a planner would look for it: file, sheet, row, column.
 * Messages are bilingual (中文 / English).
 */
export interface ImportProblem {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
}

export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.file,
    problem.sheet ? `工作表 sheet “${problem.sheet}”` : '',
    problem.row !== undefined ? `第 ${problem.row} 行 row ${problem.row}` : '',
    problem.column ? `列 column “${problem.column}”` : '',
  ]
    .filter(Boolean)
    .join('，');
  return `${where}：${problem.message}`;
}
