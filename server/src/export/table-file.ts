/**
 * A table as a bureau reads it, independent of its format: a title, Chinese headers, rows of text and
 * numbers. The register, the 招商 list, the 对接 records and any table the client shows are put in this
 * shape and written as XLSX (write-xlsx.ts) or Excel-safe CSV (write-csv.ts).
 */

export type Cell = string | number | null;

export interface TableColumn {
  readonly header: string;
  /** Numbers are written as numbers (right-aligned, summable); everything else as text. */
  readonly type?: 'text' | 'number';
}

export interface Table {
  /** Shown above the header in XLSX and used for the file name. */
  readonly title: string;
  /** The worksheet's name (at most 31 characters, no []:*?/\). */
  readonly sheet: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

export const FILE_FORMATS = ['xlsx', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const MIME_TYPES: Readonly<Record<FileFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Limits on a table a client sends to be written (a register page, a dashboard's figures, a list). */
export const TABLE_LIMITS = { columns: 60, rows: 20_000, cellChars: 4_000, title: 200 } as const;

/** A file name from the title: characters a file system refuses replaced, with the format's extension. */
export function fileNameOf(table: Pick<Table, 'title'>, format: FileFormat): string {
  const base =
    table.title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_')
      .trim()
      .slice(0, 120) || 'table';
  return `${base}.${format}`;
}

/** The sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
export function sheetNameOf(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]+/gu, '_')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}
