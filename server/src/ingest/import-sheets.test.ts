/** Imports into a real embedded store: what lands, what is refused, and that nothing is lost. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKuzuStore, type GraphStore } from '../store/index.ts';
import { REPO_ROOT } from '../../test-support/start-seeded-app.ts';
import { importSheets } from './import-sheets.ts';
import { parseMappingFile } from './mapping-file.ts';
import { readCsv, readXlsx } from './read-sheet.ts';
import { importSeedDirectory } from './seed-if-empty.ts';

let store: GraphStore;
beforeEach(async () => {
  store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 128 * 1024 * 1024 });
  await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
});
afterEach(async () => {
  await store.close();
});

const csv = (text: string, file = 'upload.csv') => readCsv(new TextEncoder().encode(text), file);
const total = async () => {
  const counts = await store.counts();
  return [counts.nodes, counts.edges].flat().reduce((sum, item) => sum + item.count, 0);
};

describe('importing spreadsheets', () => {
  it('re-importing the seed changes nothing', async () => {
    const before = await total();
    const report = await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
    expect(report.written).toBe(false);
    expect(Object.values(report.counts).every((count) => count.created + count.updated === 0)).toBe(true);
    expect(await total()).toBe(before);
  });

  it('lands a GBK sheet with a title row and aliases on the existing seed entities', async () => {
    const text = '垦利区合作院所一览\n序号,单位名称,简称,备注\n1,中国科学院,中科院,国家战略科技力量\n';
    const sheet = readCsv(iconv.encode(text, 'gbk'), '高校院所.csv');
    const before = await total();
    const report = await importSheets(store, [sheet]);
    expect(report.problems).toEqual([]);
    expect(report.counts.University).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(await total()).toBe(before);
    const [cas] = await store.getNodes(['university:中国科学院']);
    expect(cas?.description).toBe('国家战略科技力量');
    expect(cas?.sources).toContainEqual({ file: '高校院所.csv', row: 3 });
  });

  it('lands names with zero-width spaces, soft hyphens and marks on the entities they show, in CSV and XLSX', async () => {
    const names = ['合益\u200b化工', '\ufeff汇东\u00ad新能源\u200e'];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业');
    sheet.addRow(['企业名称', '所属行业']);
    sheet.addRow([names[0], '化工']);
    sheet.addRow([names[1], '新能源']);
    const xlsx = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), '企业.xlsx');
    const before = (await store.counts()).nodes.find((item) => item.kind === 'Enterprise')?.count;
    for (const sheets of [[csv(`企业名称,所属行业\n${names.join(',化工\n')},新能源\n`)], xlsx]) {
      const report = await importSheets(store, sheets);
      expect(report.problems).toEqual([]);
      expect(report.counts.Enterprise?.created).toBe(0);
      expect(report.counts.Enterprise?.updated ?? 0).toBeGreaterThan(0);
    }
    expect((await store.counts()).nodes.find((item) => item.kind === 'Enterprise')?.count).toBe(before);
  });

  it('imports the valid rows and lists each rejected one with row and column', async () => {
    const report = await importSheets(store, [
      csv('名称,级别\n新平台甲,省级\n新平台乙,宇宙级\n', 'Platform.csv'),
    ]);
    expect(report.counts.Platform).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'Platform.csv',
        row: 3,
        column: '级别',
        message: expect.stringContaining('宇宙级'),
      }),
    ]);
    expect(await store.getNodes(['platform:新平台甲'])).toHaveLength(1);
  });

  it('with strict, one bad row means nothing is written', async () => {
    const before = await total();
    const report = await importSheets(
      store,
      [csv('名称,级别\n新平台甲,省级\n新平台乙,宇宙级\n', 'Platform.csv')],
      {
        strict: true,
      },
    );
    expect(report.written).toBe(false);
    expect(await total()).toBe(before);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const before = await total();
    const report = await importSheets(store, [csv('名称,级别\n新平台丙,省级\n', 'Platform.csv')], {
      dryRun: true,
    });
    expect(report.counts.Platform?.created).toBe(1);
    expect(report.written).toBe(false);
    expect(await total()).toBe(before);
  });

  it('refuses a row that would reuse another entity’s id and leaves that entity untouched', async () => {
    const sheet = csv('编号(id),名称\nenterprise:合益化工,冒名项目\n,正常项目\n', 'Project.csv');
    const report = await importSheets(store, [sheet]);
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 2, message: expect.stringContaining('Enterprise') }),
    ]);
    const [heyi] = await store.getNodes(['enterprise:合益化工']);
    expect(heyi).toMatchObject({ kind: 'Enterprise', name: '合益化工' });
    expect(await store.getNodes(['project:正常项目'])).toHaveLength(1);
  });

  it('reads a sheet it cannot recognise once a mapping file of a few lines says what it is', async () => {
    const sheet = csv('对接情况\n对象,挂靠,课题\n赵六,山东省农科院,盐碱地改良\n', 'sheet1.csv');
    const unread = await importSheets(store, [sheet], { dryRun: true });
    expect(unread.problems[0]?.message).toMatch(/mapping file/u);
    const mapping = parseMappingFile(
      'kind: Specialist\ncolumns:\n  对象: name\n  挂靠: WORKS_AT\n  课题: domains\naliases:\n  农科院东营分院: 山东省农业科学院\n',
    );
    const report = await importSheets(store, [sheet], { mapping });
    expect(report.problems).toEqual([]);
    expect(report.counts.Specialist?.created).toBe(1);
    const links = await store.edgesOf(['specialist:赵六'], ['WORKS_AT', 'IN_DOMAIN'], 10);
    expect(links.edges.map((edge) => edge.to).sort()).toEqual([
      'domain:盐碱地改良',
      'university:山东省农业科学院',
    ]);
    const [saas] = await store.getNodes(['university:山东省农业科学院']);
    expect(saas?.aliases).toContain('农科院东营分院');
  });

  it('lists a typed value it refuses with file, sheet, row, column and a reason in Chinese and English', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('院士工作站');
    sheet.addRow(['工作站名称', '级别', '认定年份']);
    sheet.addRow(['新工作站甲', '国家级', '2019年']);
    sheet.addRow(['新工作站乙', '省级', '二〇二一年']);
    sheet.addRow(['新工作站丙', '宇宙级', new Date().getFullYear() + 3]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await importSheets(store, await readXlsx(bytes, '台账.xlsx'), { dryRun: true });
    expect(report.counts.Platform).toMatchObject({ created: 1, rejected: 2 });
    expect(report.problems).toEqual([
      {
        file: '台账.xlsx',
        sheet: '院士工作站',
        row: 3,
        column: '认定年份',
        message: expect.stringMatching(/写作 2021 \/ .*write 2021/u),
      },
      {
        file: '台账.xlsx',
        sheet: '院士工作站',
        row: 4,
        column: '级别',
        message: expect.stringMatching(/宇宙级.* \/ .*not an allowed/u),
      },
      {
        file: '台账.xlsx',
        sheet: '院士工作站',
        row: 4,
        column: '认定年份',
        message: expect.stringMatching(/还没有到.* \/ .*future/u),
      },
    ]);
  });

  it('lists every column it does not recognise among the notes, as ignored, and imports the rest', async () => {
    const report = await importSheets(
      store,
      [csv('企业名称,简称,职称,获奖情况\n新企业甲,甲,工程师,省科技进步奖\n', 'Enterprise.csv')],
      { dryRun: true },
    );
    expect(report.problems).toEqual([]);
    expect(report.counts.Enterprise?.created).toBe(1);
    const unknown = report.mappings[0]?.columns.filter((column) => column.use.use === 'unknown');
    expect(unknown?.map((column) => column.header)).toEqual(['职称', '获奖情况']);
    expect(report.notes).toEqual([
      {
        file: 'Enterprise.csv',
        row: 1,
        column: '职称',
        message: expect.stringMatching(/^未识别，已忽略 \/ not recognised, ignored/u),
      },
      {
        file: 'Enterprise.csv',
        row: 1,
        column: '获奖情况',
        message: expect.stringMatching(/^未识别，已忽略 \/ not recognised, ignored/u),
      },
    ]);
  });

  it('keeps a cooperation sheet’s 合作方式 and 合作年份 on the cooperation, not on the enterprise', async () => {
    const text =
      '产学研合作项目表\n企业名称,合作单位,合作方式,合作年份,成立年份\n' +
      '合益化工,中国科学院大连化学物理研究所,技术开发,2022年,1998\n' +
      '合益化工,中国科学院上海有机化学研究所,技术入股,2023,1998\n';
    const report = await importSheets(store, [csv(text, '合作.csv')]);
    const uses = Object.fromEntries(
      report.mappings[0]!.columns.map((column) => [column.header, column.use.use]),
    );
    expect(uses).toMatchObject({ 合作方式: 'linkField', 合作年份: 'linkField', 成立年份: 'unknown' });
    const heyi = 'enterprise:合益化工';
    const { edges } = await store.edgesOf([heyi], ['COOPERATES_WITH'], 50);
    const byPartner = new Map(edges.filter((e) => e.from === heyi).map((e) => [e.to, e.props]));
    expect(byPartner.get('university:中国科学院大连化学物理研究所')).toMatchObject({
      role: '技术开发',
      year: 2022,
    });
    expect(byPartner.get('university:中国科学院上海有机化学研究所')).toMatchObject({
      role: '技术入股',
      year: 2023,
    });
    const [enterprise] = await store.getNodes([heyi]);
    expect(enterprise?.props).not.toHaveProperty('role');
  });

  it('reports a cooperation year it cannot read at its cell, and imports nothing of that row', async () => {
    const text = '企业名称,合作单位,合作年份\n合益化工,中国科学院大连化学物理研究所,明年\n';
    const report = await importSheets(store, [csv(text, '合作.csv')]);
    expect(report.problems).toMatchObject([{ file: '合作.csv', row: 2, column: '合作年份' }]);
  });

  it('reads a sheet named 说明 as data when a mapping file names it', async () => {
    const sheet = {
      file: '台账.xlsx',
      sheet: '说明',
      rows: [
        ['对象', '挂靠'],
        ['说明里的企业', ''],
      ],
    };
    const skipped = await importSheets(store, [sheet], { dryRun: true });
    expect(skipped.skipped).toEqual([
      { file: '台账.xlsx', sheet: '说明', reason: expect.stringMatching(/skipped/u) },
    ]);
    const mapping = parseMappingFile(
      'sheets:\n  - sheet: 说明\n    kind: Enterprise\n    columns: { 对象: name, 挂靠: ignore }\n',
    );
    const read = await importSheets(store, [sheet], { dryRun: true, mapping });
    expect(read.skipped).toEqual([]);
    expect(read.counts.Enterprise?.created).toBe(1);
  });
});
