/**
 * Bounded reading: files that unpack into far more than they weigh are refused with TOO_LARGE, naming the
 * limit, its variable and the place, within a bounded amount of memory and time. Every bomb is made here,
 * in memory.
 */
import { describe, expect, it } from 'vitest';
import { measure, oneSheetWorkbook, type Measured } from '../../test-support/xlsx-bombs.ts';
import { interpretHeader } from './header-dictionary.ts';
import {
  DEFAULT_FILE_LIMITS,
  DEFAULT_UPLOAD_LIMITS,
  ReadBudget,
  columnLetters,
  readLimitsFromEnv,
} from './read-limits.ts';
import { CsvParser, readXlsx, sheetRows, sheetsFromBytes, type SheetInput } from './read-sheet.ts';

const MB = 1024 * 1024;

async function drain(sheets: readonly SheetInput[]): Promise<number> {
  let rows = 0;
  for (const sheet of sheets) for await (const row of sheetRows(sheet)) rows += row.cells.length > 0 ? 1 : 0;
  return rows;
}

/** Reads bytes as an upload would, all rows consumed. */
const upload = (name: string, bytes: Uint8Array, budget?: ReadBudget) =>
  measure(async () => drain(await sheetsFromBytes(name, bytes, budget)));

/** The refusal, within the memory and time any upload may take. */
function refused(result: Measured<unknown>, where: object, variable: string, ms = 5_000): void {
  expect(result.error).toMatchObject({
    code: 'TOO_LARGE',
    where,
    message: expect.stringContaining(variable),
  });
  expect(result.rssMb).toBeLessThan(300);
  expect(result.heapMb).toBeLessThan(300);
  expect(result.ms).toBeLessThan(ms);
}

/** `count` rows numbered from 1, each from `row(number)`, as pieces of 1,000 rows. */
function numberedRows(count: number, row: (r: number) => string): string[] {
  const pieces: string[] = [];
  for (let start = 1; start <= count; start += 1_000) {
    let piece = '';
    for (let r = start; r < Math.min(start + 1_000, count + 1); r++) piece += row(r);
    pieces.push(piece);
  }
  return pieces;
}

describe('read limits from the environment', () => {
  it('keeps the defaults for unset or empty variables and reads each one, megabytes for bytes', () => {
    expect(readLimitsFromEnv({})).toEqual(DEFAULT_UPLOAD_LIMITS);
    expect(readLimitsFromEnv({ IMPORT_MAX_ROWS: ' ' })).toEqual(DEFAULT_UPLOAD_LIMITS);
    expect(
      readLimitsFromEnv({
        IMPORT_MAX_DECOMPRESSED_MB: '64',
        IMPORT_MAX_ROWS: '1000',
        IMPORT_MAX_COLUMNS: '20',
        IMPORT_MAX_CELL_CHARS: '500',
        IMPORT_MAX_CELLS: '20000',
      }),
    ).toEqual({
      maxDecompressedBytes: 64 * MB,
      maxRows: 1000,
      maxColumns: 20,
      maxCellChars: 500,
      maxCells: 20_000,
    });
  });

  it('refuses anything but a positive integer, naming the variable', () => {
    for (const value of ['0', '-5', '1.5', '1e3', 'lots', '99999999999999999999'])
      expect(() => readLimitsFromEnv({ IMPORT_MAX_COLUMNS: value }), value).toThrow(/IMPORT_MAX_COLUMNS/u);
    expect(() => readLimitsFromEnv({ IMPORT_MAX_DECOMPRESSED_MB: '9007199254740991' })).toThrow(
      /IMPORT_MAX_DECOMPRESSED_MB/u,
    );
  });

  it('names columns as a spreadsheet program does', () => {
    expect([1, 26, 27, 500, 501, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'SF', 'SG', 'XFD']);
  });
});

describe('refusing workbooks that unpack into too much', () => {
  it('refuses a 150 MB cell in a small workbook after its first kilobytes, naming sheet, row and column', async () => {
    const bytes = oneSheetWorkbook([
      '<row r="1"><c r="A1" t="inlineStr"><is><t>',
      { repeat: 'A'.repeat(MB), times: 150 },
      '</t></is></c></row>',
    ]);
    expect(bytes.length).toBeLessThan(400_000);
    const result = await upload('cell.xlsx', bytes);
    refused(
      result,
      { file: 'cell.xlsx', sheet: 'Sheet1', row: 1, column: 'A' },
      'IMPORT_MAX_CELL_CHARS',
      2_000,
    );
    expect((result.error as Error).message).toContain('32,767');
  });

  it('refuses 400,000 rows at row 200,001, before exceljs parses them', async () => {
    const bytes = oneSheetWorkbook(
      numberedRows(400_000, (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`),
    );
    refused(await upload('rows.xlsx', bytes), { sheet: 'Sheet1', row: 200_001 }, 'IMPORT_MAX_ROWS', 3_000);
  });

  it('refuses a row numbered past the limit, which would make every row above it', async () => {
    const bytes = oneSheetWorkbook(['<row r="1048576"><c r="A1048576"><v>1</v></c></row>']);
    refused(await upload('far.xlsx', bytes), { sheet: 'Sheet1', row: 1_048_576 }, 'IMPORT_MAX_ROWS', 1_000);
  });

  it('refuses a cell in column XFD', async () => {
    const bytes = oneSheetWorkbook(['<row r="1"><c r="XFD1"><v>1</v></c></row>']);
    refused(
      await upload('xfd.xlsx', bytes),
      { sheet: 'Sheet1', row: 1, column: 'XFD' },
      'IMPORT_MAX_COLUMNS',
      1_000,
    );
    // The command line reads what it is given.
    const [sheet] = await readXlsx(bytes, 'xfd.xlsx', DEFAULT_FILE_LIMITS);
    expect(sheet!.rows[0]).toHaveLength(16_384);
    expect(sheet!.rows[0]![16_383]).toBe('1');
  });

  it('refuses 200,000 rows each with one cell in column 500: 100 million cells to hold', async () => {
    const bytes = oneSheetWorkbook(
      numberedRows(200_000, (r) => `<row r="${r}"><c r="SF${r}"><v>1</v></c></row>`),
    );
    refused(await upload('wide.xlsx', bytes), { sheet: 'Sheet1', row: 6_001 }, 'IMPORT_MAX_CELLS');
  });

  it('measures a cell exactly: 32,767 characters are read, 32,768 refused', async () => {
    const cell = (n: number) => [
      `<row r="1"><c r="B1" t="inlineStr"><is><t>${'字'.repeat(n)}</t></is></c></row>`,
    ];
    const [sheet] = await readXlsx(oneSheetWorkbook(cell(32_767)), 'ok.xlsx');
    expect(sheet!.rows[0]![1]).toHaveLength(32_767);
    await expect(readXlsx(oneSheetWorkbook(cell(32_768)), 'long.xlsx')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      where: { file: 'long.xlsx', sheet: 'Sheet1', row: 1, column: 'B' },
      message: expect.stringContaining('IMPORT_MAX_CELL_CHARS'),
    });
  });
});

describe('refusing CSV files that are too large', () => {
  it('refuses a 10 MB cell while reading it, quoted or not, naming row and column', async () => {
    for (const [name, text] of [
      ['plain.csv', `名称,简介\n甲,${'a'.repeat(10 * MB)}\n`],
      // Inside quotes: commas, line breaks and doubled quotes.
      ['quoted.csv', `名称,简介\n甲,"${'a"",\n'.repeat(2 * MB)}"\n`],
    ] as const) {
      const result = await upload(name, Buffer.from(text));
      refused(result, { file: name, row: 2, column: 'B' }, 'IMPORT_MAX_CELL_CHARS', 2_000);
    }
  });

  it('refuses a row of more than 500 fields and a file of more than 200,000 rows', async () => {
    const wide = `${Array.from({ length: 600 }, (_, i) => `h${i}`).join(',')}\n`;
    refused(
      await upload('wide.csv', Buffer.from(wide)),
      { file: 'wide.csv', row: 1, column: 'SG' },
      'IMPORT_MAX_COLUMNS',
    );
    const long = Buffer.from('名称\n' + '甲\n'.repeat(300_000));
    refused(await upload('long.csv', long), { file: 'long.csv', row: 200_001 }, 'IMPORT_MAX_ROWS');
  });

  it('refuses at the same field however the text is cut', () => {
    const text = 'a,b\r\n"x""y",' + 'z'.repeat(20) + '\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = new CsvParser(',', { maxCellChars: 19, maxColumns: 5 }, 'cut.csv');
      const rows: string[][] = [];
      let error: unknown;
      try {
        parser.push(text.slice(0, cut), rows);
        parser.push(text.slice(cut), rows);
      } catch (caught) {
        error = caught;
      }
      expect(error, `cut at ${cut}`).toMatchObject({
        code: 'TOO_LARGE',
        where: { file: 'cut.csv', row: 2, column: 'B' },
      });
    }
  });

  it('counts rows over all files of an upload', async () => {
    const budget = new ReadBudget({ ...DEFAULT_UPLOAD_LIMITS, maxRows: 150 });
    const file = Buffer.from('名称\n' + '甲\n'.repeat(99));
    expect((await upload('one.csv', file, budget)).value).toBe(100);
    refused(await upload('two.csv', file, budget), { file: 'two.csv', row: 51 }, 'IMPORT_MAX_ROWS');
  });
});

describe('header interpretation of long cells', () => {
  it('answers at once for a 10 MB cell that ends like a template header', () => {
    const start = performance.now();
    expect(interpretHeader(`${'名'.repeat(10 * MB)}(name)`)).toBeNull();
    expect(interpretHeader(`${'('.repeat(MB)}`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(100);
    expect(interpretHeader('企业名称(name)')).not.toBeNull();
  });
});
