/**
 * A table a client sends to be written as a file (GraphQL tableFile): checked against TABLE_LIMITS, cells
 * of numeric columns that are numbers made numbers, every other cell kept as the text it is.
 */
import { AppError } from '#model';
import { TABLE_LIMITS, type Cell, type Table } from './table-file.ts';

export interface TableInput {
  readonly title: string;
  readonly sheet?: string | null;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly numeric?: boolean | null }>;
  readonly rows: ReadonlyArray<ReadonlyArray<string | null>>;
}

const tooLarge = (argument: string, zh: string, en: string) =>
  new AppError('TOO_LARGE', `${zh} / ${en}`, { argument });

export function tableFromInput(input: TableInput): Table {
  const { columns: maxColumns, rows: maxRows, cellChars, title: maxTitle } = TABLE_LIMITS;
  if (input.title.length > maxTitle)
    throw tooLarge('table.title', `标题最长 ${maxTitle} 字`, `the title is at most ${maxTitle} characters`);
  if (input.columns.length === 0)
    throw new AppError('BAD_INPUT', '表格至少要有一列 / a table needs at least one column', {
      argument: 'table.columns',
    });
  if (input.columns.length > maxColumns)
    throw tooLarge('table.columns', `最多 ${maxColumns} 列`, `at most ${maxColumns} columns`);
  if (input.rows.length > maxRows)
    throw tooLarge('table.rows', `最多 ${maxRows} 行`, `at most ${maxRows} rows`);
  const numeric = input.columns.map((column) => column.numeric === true);
  const rows = input.rows.map((row, index): Cell[] => {
    if (row.length > input.columns.length)
      throw new AppError(
        'BAD_INPUT',
        `第 ${index + 1} 行的格子比列多 / row ${index + 1} has more cells than columns`,
        {
          argument: 'table.rows',
        },
      );
    return row.map((cell, column) => {
      if (cell === null || cell === '') return null;
      if (cell.length > cellChars)
        throw tooLarge('table.rows', `格子最长 ${cellChars} 字`, `a cell is at most ${cellChars} characters`);
      const number = Number(cell);
      return numeric[column] && cell.trim() !== '' && Number.isFinite(number) ? number : cell;
    });
  });
  return {
    title: input.title.trim() || '表格',
    sheet: input.sheet?.trim() || input.title.trim() || 'Sheet1',
    columns: input.columns.map((column, index) => ({
      header: column.header.slice(0, cellChars),
      type: numeric[index] ? 'number' : 'text',
    })),
    rows,
  };
}
