import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../cli/write-template.ts';
import { INSTRUCTION_SHEET } from './instruction-sheet.ts';
import { readXlsx, type SheetRow } from './read-sheet.ts';
import { isInstructionName, recogniseInstructionSheet } from './recognise-instruction-sheet.ts';

const numbered = (rows: ReadonlyArray<readonly string[]>): SheetRow[] =>
  rows.map((cells, index) => ({ row: index + 1, cells }));

async function templateInstructions(): Promise<SheetRow[]> {
  const bytes = new Uint8Array(await buildTemplate().xlsx.writeBuffer());
  const [intro] = await readXlsx(bytes, 'template.xlsx');
  return numbered(intro?.rows ?? []).slice(0, 15);
}

describe('recognising instruction sheets', () => {
  it('knows the template’s instructions by their title, under any name and in any workbook', async () => {
    const rows = await templateInstructions();
    for (const name of [INSTRUCTION_SHEET.name, 'Sheet3', '企业', undefined])
      expect(recogniseInstructionSheet('台账.xlsx', name, rows), String(name)).toMatch(
        /导入模板的填写说明.*skipped/u,
      );
  });

  it('knows them by name and prose once the title is gone: 说明, 填表说明, Instructions, a copy “说明 (2)”', async () => {
    const untitled = (await templateInstructions()).slice(1);
    for (const name of ['说明', '填表说明', '填报须知', 'Instructions', 'README', '说明 Instructions (2)'])
      expect(recogniseInstructionSheet('台账.xlsx', name, untitled), name).toMatch(/说明.*skipped/u);
    expect(recogniseInstructionSheet('填表说明.csv', undefined, untitled)).toMatch(/填表说明/u);
  });

  it('skips prose with no header row whatever the sheet is called', () => {
    const prose = numbered([
      ['填报要求'],
      ['一、请按实际情况填写本单位的合作项目；二、金额以万元为单位。'],
      ['三、如有疑问请联系科技局。'],
    ]);
    expect(recogniseInstructionSheet('台账.xlsx', 'Sheet2', prose)).toMatch(/prose/u);
  });

  it('reads a table as data even in a sheet named 说明, and a two-column list with long descriptions', () => {
    const table = numbered([
      ['企业名称', '简称', '备注'],
      ['山东合益化工有限公司', '合益', '重点企业。'],
    ]);
    expect(recogniseInstructionSheet('台账.xlsx', '说明', table)).toBeNull();
    const needs = numbered([
      ['需求名称', '需求描述'],
      ['硼烷提纯', '需要提高硼烷产品纯度，解决杂质超标问题；希望与高校合作攻关。'],
    ]);
    expect(recogniseInstructionSheet('台账.xlsx', '企业需求', needs)).toBeNull();
  });

  it('takes only instruction words for an instructions name, not a kind followed by 说明', () => {
    expect(isInstructionName('填写说明')).toBe(true);
    expect(isInstructionName('Read me')).toBe(true);
    expect(isInstructionName('说明 (3)')).toBe(true);
    expect(isInstructionName('项目说明')).toBe(false);
    expect(isInstructionName('企业')).toBe(false);
  });
});
