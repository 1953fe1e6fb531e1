/**
 * The template is derived from the declaration, and the import reads every sheet and column of it: the
 * blank template imports nothing (its instructions sheet is skipped, and the report says why), a filled
 * one imports exactly the rows filled in.
 */
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_KINDS, NODE_KIND_SPECS } from '#model';
import { importSheets } from '../ingest/import-sheets.ts';
import { INSTRUCTION_SHEET } from '../ingest/instruction-sheet.ts';
import { mapSheet } from '../ingest/map-sheet.ts';
import { readXlsx } from '../ingest/read-sheet.ts';
import { createKuzuStore, type GraphStore } from '../store/index.ts';
import { formatReport } from './format-report.ts';
import { buildTemplate, templateBytes } from './write-template.ts';

let store: GraphStore;
beforeAll(async () => {
  store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 64 * 1024 * 1024 });
});
afterAll(async () => {
  await store.close();
});

/** Writes rows into a template sheet by header key: { name: '甲', level: '省级' } under 名称(name), 级别(level). */
function fill(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  rows: ReadonlyArray<Record<string, string | number>>,
) {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const key = /\(([A-Za-z]+)\)$/u.exec(String(cell.value))?.[1];
    if (key) columns.set(key, column);
  });
  rows.forEach((values, index) => {
    for (const [key, value] of Object.entries(values)) {
      const column = columns.get(key);
      if (!column) throw new Error(`no column ${key} in ${sheetName}`);
      sheet.getRow(index + 2).getCell(column).value = value;
    }
  });
}

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());

describe('the import template', () => {
  it('has bilingual instructions, a sheet per kind, relationships and statistics, all recognised by the import', async () => {
    const sheets = await readXlsx(await templateBytes(), 'template.xlsx');
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      '说明 Instructions',
      ...NODE_KINDS.map((kind) => NODE_KIND_SPECS[kind].zh),
      '关系',
      '地区统计',
    ]);
    const intro = sheets[0]!.rows.flat().join('\n');
    expect(intro).toContain('怎样填写');
    expect(intro).toContain('How to fill it in');
    for (const kind of NODE_KINDS) expect(intro).toContain(`(${kind})`);
    const targets = sheets.slice(1).map((sheet) => {
      const result = mapSheet(sheet);
      if (!result.ok) throw new Error(`${sheet.sheet}: ${result.problem.message}`);
      const unknown = result.mapping.columns.filter((column) => column.use.use === 'unknown');
      expect(
        unknown.map((column) => column.header),
        sheet.sheet,
      ).toEqual([]);
      return result.mapping.target;
    });
    expect(targets).toEqual([
      ...NODE_KINDS.map((kind) => ({ type: 'nodes', kind })),
      { type: 'relationships' },
      { type: 'statistics' },
    ]);
  });

  it('names and titles its instructions sheet from the one declaration the import recognises it by', async () => {
    const [intro] = await readXlsx(await templateBytes(), 'template.xlsx');
    expect(intro?.sheet).toBe(INSTRUCTION_SHEET.name);
    expect(intro?.rows[0]).toEqual([...INSTRUCTION_SHEET.title]);
  });

  it('imports as zero rows when blank, the report saying the instructions sheet was skipped and why', async () => {
    const report = await importSheets(store, await readXlsx(await templateBytes(), 'template.xlsx'), {
      dryRun: true,
    });
    expect(report.rows).toBe(0);
    expect(report.counts).toEqual({});
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual([
      {
        file: 'template.xlsx',
        sheet: INSTRUCTION_SHEET.name,
        reason: expect.stringMatching(/填写说明.*已跳过.*instructions.*skipped/u),
      },
    ]);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ sheet: INSTRUCTION_SHEET.name, message: report.skipped[0]?.reason }),
    );
    expect(report.mappings.map((mapping) => mapping.sheet)).not.toContain(INSTRUCTION_SHEET.name);
    expect(formatReport(report, { dryRun: true, strict: false })).toMatch(
      /template\.xlsx \[说明 Instructions\]：导入模板的填写说明.*skipped/u,
    );
  });

  it('imports exactly the rows filled into its sheets, and nothing from the instructions', async () => {
    const workbook = buildTemplate();
    fill(workbook, '企业', [
      { name: '模板测试化工', aliases: '测试化工', legalName: '山东模板测试化工有限公司' },
      { name: '模板测试新材料' },
    ]);
    fill(workbook, '创新平台', [
      { name: '模板测试院士工作站', platformType: '院士工作站', level: '省级', year: 2020 },
    ]);
    fill(workbook, '关系', [
      {
        kind: 'HOSTS',
        fromKind: '企业',
        from: '模板测试化工',
        toKind: '创新平台',
        to: '模板测试院士工作站',
        year: 2020,
      },
    ]);
    fill(workbook, '地区', [{ name: '模板测试区', level: '区县' }]);
    fill(workbook, '地区统计', [
      { region: '模板测试区', label: '省级工程技术研究中心', value: 4, unit: '家' },
    ]);
    const report = await importSheets(store, await readXlsx(await bytesOf(workbook), 'filled.xlsx'), {
      dryRun: true,
    });
    expect(report.problems).toEqual([]);
    expect(report.rows).toBe(6);
    expect(report.counts).toMatchObject({
      Enterprise: { created: 2, rejected: 0 },
      Platform: { created: 1, rejected: 0 },
      HOSTS: { created: 1, rejected: 0 },
      Region: { rejected: 0 },
    });
    expect(report.counts.University).toBeUndefined();
    expect(report.skipped.map((sheet) => sheet.sheet)).toEqual([INSTRUCTION_SHEET.name]);
  });

  it('still skips its instructions when a bureau renames the sheet or copies it into its own workbook', async () => {
    const workbook = buildTemplate();
    workbook.getWorksheet(INSTRUCTION_SHEET.name)!.name = '填表说明（科技局）';
    const renamed = await importSheets(store, await readXlsx(await bytesOf(workbook), 'renamed.xlsx'), {
      dryRun: true,
    });
    expect(renamed.rows).toBe(0);
    expect(renamed.skipped.map((sheet) => sheet.sheet)).toEqual(['填表说明（科技局）']);
  });
});
