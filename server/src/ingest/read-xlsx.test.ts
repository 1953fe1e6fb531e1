/** Workbooks read through exceljs: text intact across chunks, merged ranges filled within the limits. */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  WORKSHEET_HEAD,
  WORKSHEET_TAIL,
  oneSheetWorkbook,
  storedPart,
  workbookParts,
} from '../../test-support/xlsx-bombs.ts';
import { DEFAULT_UPLOAD_LIMITS, ReadBudget } from './read-limits.ts';
import { readXlsx } from './read-xlsx.ts';
import { writeZip } from './zip-archive.ts';

async function streamedWorkbook(rows: number, useSharedStrings: boolean): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings });
  const sheet = workbook.addWorksheet('企业');
  for (let i = 0; i < rows; i++) sheet.addRow([`山东省东营市合成测试${i}化工有限公司`, '石油化工']).commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('reading workbooks through exceljs', () => {
  it('reads Chinese text cut between chunks intact, in shared strings and in inline strings', async () => {
    for (const shared of [true, false]) {
      const [sheet] = await readXlsx(await streamedWorkbook(10_000, shared), 'zh.xlsx');
      const wrong = sheet!.rows.filter(
        (row, i) => row[0] !== `山东省东营市合成测试${i}化工有限公司` || row[1] !== '石油化工',
      );
      expect(wrong, shared ? 'shared strings' : 'inline strings').toEqual([]);
      expect(sheet!.rows).toHaveLength(10_000);
    }
  });

  it('fills a merged title across at most maxColumns columns and counts the rows a range adds', async () => {
    const bytes = oneSheetWorkbook(
      ['<row r="1"><c r="A1" t="inlineStr"><is><t>名单</t></is></c></row>'],
      '<mergeCells><mergeCell ref="A1:XFD1"/><mergeCell ref="A1:A3"/></mergeCells>',
    );
    const [sheet] = await readXlsx(bytes, 'title.xlsx');
    expect(sheet!.rows[0]).toHaveLength(500);
    expect(sheet!.rows).toEqual([Array(500).fill('名单'), ['名单'], ['名单']]);
    const budget = new ReadBudget({ ...DEFAULT_UPLOAD_LIMITS, maxRows: 2 });
    await expect(readXlsx(bytes, 'title.xlsx', budget)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      where: { file: 'title.xlsx', sheet: 'Sheet1', row: 3 },
    });
  });

  it('refuses a worksheet name no spreadsheet program writes, before it reaches patterns and messages', async () => {
    const bytes = writeZip([
      ...workbookParts(['1'.repeat(300_000)]),
      storedPart('xl/worksheets/sheet1.xml', WORKSHEET_HEAD + WORKSHEET_TAIL),
    ]);
    await expect(readXlsx(bytes, 'name.xlsx')).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringContaining('255'),
    });
  });

  it('refuses merged ranges that would write more cells than allowed', async () => {
    const merges = Array.from({ length: 50 }, () => '<mergeCell ref="A1:T1000"/>').join('');
    const bytes = oneSheetWorkbook(
      ['<row r="1"><c r="A1"><v>1</v></c></row>'],
      `<mergeCells>${merges}</mergeCells>`,
    );
    await expect(readXlsx(bytes, 'overlap.xlsx')).resolves.toHaveLength(1);
    await expect(
      readXlsx(bytes, 'overlap.xlsx', { ...DEFAULT_UPLOAD_LIMITS, maxCells: 100_000 }),
    ).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('IMPORT_MAX_CELLS') });
  });
});
