import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { displayWidth, writeXlsx } from './write-xlsx.ts';

async function readBack(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX for a bureau', () => {
  const table = {
    title: '企业需求汇总表（垦利区）',
    sheet: '企业需求汇总表',
    columns: [
      { header: '序号', type: 'number' as const },
      { header: '企业名称' },
      { header: '需求名称' },
      { header: '资金配套（元）', type: 'number' as const },
    ],
    rows: [
      [1, '合益化工', '硼烷衍生物 工艺放大', 500000],
      [2, '汇东新能源', '=1+1', null],
    ],
  };

  it('puts the title above a bold, frozen, filtered header of Chinese column names', async () => {
    const sheet = (await readBack(await writeXlsx(table))).getWorksheet('企业需求汇总表')!;
    expect(sheet.getCell('A1').value).toBe('企业需求汇总表（垦利区）');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, '序号', '企业名称', '需求名称', '资金配套（元）']);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('holds the rows, numbers as numbers and formula-like text as text', async () => {
    const sheet = (await readBack(await writeXlsx(table))).getWorksheet(1)!;
    expect(sheet.getRow(3).values).toEqual([undefined, 1, '合益化工', '硼烷衍生物 工艺放大', 500000]);
    const formulaLike = sheet.getCell('C4');
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.value).toBe('=1+1');
    expect(formulaLike.formula).toBeUndefined();
  });

  it('fits each column to its widest cell, Chinese characters counting double', async () => {
    const sheet = (await readBack(await writeXlsx(table))).getWorksheet(1)!;
    expect(displayWidth('硼烷衍生物 工艺放大')).toBe(19);
    expect(sheet.getColumn(3).width).toBe(21);
    expect(sheet.getColumn(1).width).toBe(6);
    expect(sheet.getColumn(4).width).toBe(16);
  });
});
