import { describe, expect, it } from 'vitest';
import { describeColumn, kindFromName, mapSheet } from './map-sheet.ts';
import { parseMappingFile } from './mapping-file.ts';
import type { Sheet } from './read-sheet.ts';

const uses = (sheet: Sheet, mapping = parseMappingFile('')) => {
  const result = mapSheet(sheet, mapping);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
};

describe('mapping a sheet', () => {
  it('finds the header row below a merged title row and skips blank rows', () => {
    const result = uses({
      file: '企业名单.csv',
      rows: [
        ['2020年垦利区重点企业名单', '2020年垦利区重点企业名单', '2020年垦利区重点企业名单'],
        ['序号', '企业名称', '简称'],
        ['1', '山东合益化工有限公司', '合益'],
        ['', '', ''],
        ['2', '汇东新能源', ''],
      ],
    });
    expect(result.mapping.headerRow).toBe(2);
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Enterprise' });
    expect(result.mapping.columns.map((column) => column.use.use)).toEqual(['ignore', 'field', 'field']);
    expect(result.rows.map((row) => [row.row, row.fields.name])).toEqual([
      [3, '山东合益化工有限公司'],
      [5, '汇东新能源'],
    ]);
  });

  it('reads 合作方式 and 合作年份 beside 合作单位 as the cooperation’s role and year, not as the enterprise’s', () => {
    const result = uses({
      file: '企业合作.csv',
      rows: [
        ['企业名称', '合作单位', '合作方式', '合作年份（年）', '成立年份', '所属领域'],
        ['合益化工', '上海有机所', '技术入股', '2020', '1998', '新材料'],
      ],
    });
    const byHeader = Object.fromEntries(result.mapping.columns.map((column) => [column.header, column.use]));
    expect(byHeader['合作方式']).toEqual({ use: 'linkField', field: 'role', links: [1] });
    expect(byHeader['合作年份（年）']).toMatchObject({ use: 'linkField', field: 'year', links: [1] });
    // Not the cooperation's: another word, and a field (IN_DOMAIN classifies, it has no year of its own).
    expect(byHeader['成立年份']?.use).toBe('unknown');
    expect(result.rows[0]?.linkFields).toEqual([
      { field: 'role', text: '技术入股', header: '合作方式', links: [1] },
      { field: 'year', text: '2020', header: '合作年份（年）', links: [1] },
    ]);
    expect(describeColumn(result.mapping.columns[2]!)).toContain('role');
  });

  it('takes a mapping file’s word that a column is a relationship property, for the link columns that carry it', () => {
    const sheet = {
      file: '企业合作.csv',
      rows: [
        ['企业名称', '合作单位', '签约形式', '所属领域'],
        ['合益化工', '上海有机所', '技术入股', '新材料'],
      ],
    };
    const mapped = uses(sheet, parseMappingFile('columns:\n  签约形式: role\n'));
    expect(mapped.mapping.columns[2]).toMatchObject({
      use: { use: 'linkField', field: 'role', links: [1] },
      by: 'mapping',
    });
    const alone = uses(
      {
        file: '企业名单.csv',
        rows: [
          ['企业名称', '签约形式'],
          ['合益化工', '技术入股'],
        ],
      },
      parseMappingFile('columns:\n  签约形式: role\n'),
    );
    expect(alone.mapping.columns[1]?.use).toMatchObject({
      use: 'unknown',
      note: expect.stringContaining('role'),
    });
  });

  it('leaves 合作方式 unrecognised on a list with no 合作 column to give it to', () => {
    const result = uses({
      file: '企业名单.csv',
      rows: [
        ['企业名称', '合作方式'],
        ['合益化工', '技术入股'],
      ],
    });
    expect(result.mapping.columns[1]?.use.use).toBe('unknown');
  });

  it('names the rows by their legal name when a list gives only 企业全称, and keeps it as the legal name', () => {
    const result = uses({
      file: 'hq.csv',
      rows: [
        ['2024年垦利区高新技术企业名单'],
        ['序号', '企业全称', '统一社会信用代码'],
        ['1', '山东合益化工有限公司', '91370521MA3C123456'],
      ],
    });
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Enterprise' });
    expect(result.rows[0]?.fields).toMatchObject({
      name: '山东合益化工有限公司',
      legalName: '山东合益化工有限公司',
      creditCode: '91370521MA3C123456',
    });
  });

  it('keeps 企业全称 as the legal name only when the list has a name column of its own', () => {
    const result = uses({
      file: '企业.csv',
      rows: [
        ['企业名称', '企业全称'],
        ['合益化工', '山东合益化工有限公司'],
      ],
    });
    expect(result.rows[0]?.fields).toMatchObject({ name: '合益化工', legalName: '山东合益化工有限公司' });
  });

  it('reads 需求描述 beside 需求名称 as the need’s description, whichever comes first', () => {
    for (const [first, second] of [
      ['需求名称', '需求描述'],
      ['需求描述', '需求名称'],
    ]) {
      const result = uses({
        file: '企业需求库.csv',
        rows: [
          ['企业名称', first!, second!],
          [
            '合益化工',
            first === '需求名称' ? '放大工艺' : '解决放大生产中的安全问题',
            first === '需求名称' ? '解决放大生产中的安全问题' : '放大工艺',
          ],
        ],
      });
      expect(result.rows[0]?.fields).toMatchObject({
        name: '放大工艺',
        description: '解决放大生产中的安全问题',
      });
    }
  });

  it('reads template headers 中文(key) and takes the kind from the file name', () => {
    const result = uses({ file: 'seed/Platform.csv', rows: [['名称(name)', '级别(level)', '来源(quote)']] });
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Platform' });
    expect(result.mapping.columns.map((column) => column.use.use === 'field' && column.use.field)).toEqual([
      'name',
      'level',
      'quote',
    ]);
  });

  it('reads a 科技特派员名单 it has never seen: kind from the title, links from the columns, contacts ignored', () => {
    const result = uses({
      file: 'upload.xlsx',
      sheet: 'Sheet1',
      rows: [
        ['2023年垦利区科技特派员名单'],
        ['序号', '姓名', '工作单位', '专业领域', '服务企业', '联系电话', '职称', '性别'],
        ['1', '张三', '中国石油大学（华东）', '石油化工、新材料', '合益化工、汇东新能源', '138', '教授'],
      ],
    });
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Specialist' });
    expect(result.mapping.defaults).toEqual({ role: '科技特派员' });
    const described = result.mapping.columns.map(describeColumn);
    expect(described[2]).toMatch(/WORKS_AT/u);
    expect(described[3]).toMatch(/IN_DOMAIN/u);
    expect(described[4]).toMatch(/ADVISES/u);
    expect(described[5]).toMatch(/联系方式不导入/u);
    expect(described[6]).toMatch(/title/u);
    expect(described[7]).toMatch(/未识别/u);
    expect(result.rows[0]?.links.map((link) => link.text)).toEqual([
      '中国石油大学（华东）',
      '石油化工、新材料',
      '合益化工、汇东新能源',
    ]);
  });

  it('reads 企业名称 as a link on a 企业需求 list and as the name on an enterprise list', () => {
    const need = uses({
      file: '企业需求汇总表.csv',
      rows: [
        ['企业名称', '需求内容', '技术领域'],
        ['合益化工', '硼烷提纯工艺', '硼烷'],
      ],
    });
    expect(need.mapping.target).toEqual({ type: 'nodes', kind: 'Need' });
    expect(describeColumn(need.mapping.columns[0]!)).toMatch(/HAS_NEED ←/u);
    expect(need.rows[0]?.fields.name).toBe('硼烷提纯工艺');
  });

  it('lets a platform be hosted by its 依托单位 and takes the platform type from the title', () => {
    const result = uses({
      file: '院士工作站名单.csv',
      rows: [
        ['工作站名称', '依托单位', '进站院士', '认定时间', '级别'],
        ['天牧生物院士工作站', '天牧生物', '喻树迅', '2020年', '省级'],
      ],
    });
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Platform' });
    expect(result.mapping.defaults).toEqual({ platformType: '院士工作站' });
    expect(result.mapping.columns.map(describeColumn)).toEqual([
      'name',
      expect.stringMatching(/HOSTS ←/u),
      expect.stringMatching(/WORKS_AT ← 院士/u),
      'year',
      'level',
    ]);
  });

  it('reads money columns in 万元 as yuan', () => {
    const result = uses({
      file: '合作项目.csv',
      rows: [
        ['项目名称', '总投资（万元）'],
        ['甲', '500'],
      ],
    });
    expect(result.mapping.columns[1]?.use).toEqual({ use: 'field', field: 'investment', scale: 1e4 });
  });

  it('recognises relationship and statistics sheets by their columns', () => {
    expect(mapSheet({ file: 'x.csv', rows: [['关系', '起点', '终点']] })).toMatchObject({
      ok: true,
      mapping: { target: { type: 'relationships' } },
    });
    expect(mapSheet({ file: 'x.csv', rows: [['地区', '指标', '数值']] })).toMatchObject({
      ok: true,
      mapping: { target: { type: 'statistics' } },
    });
  });

  it('says what to do when it cannot tell what a sheet lists, and a few lines of mapping fix it', () => {
    const sheet: Sheet = {
      file: 'list.csv',
      rows: [
        ['名称', '别名', '派驻单位'],
        ['甲', '', '合益化工'],
      ],
    };
    const result = mapSheet(sheet);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toMatch(/映射文件.*mapping file/u);
    const mapping = parseMappingFile('kind: Specialist\ncolumns:\n  派驻单位: ADVISES\n');
    const fixed = uses(sheet, mapping);
    expect(fixed.mapping.target).toEqual({ type: 'nodes', kind: 'Specialist' });
    expect(fixed.mapping.columns[2]?.use).toMatchObject({ use: 'link', rel: 'ADVISES', direction: 'out' });
  });

  it('refuses a mapping file that names an unknown field or a relationship the kind cannot have', () => {
    const sheet: Sheet = {
      file: 'a.csv',
      rows: [
        ['名称', '奇怪列'],
        ['甲', 'x'],
      ],
    };
    const unknown = mapSheet(sheet, parseMappingFile('kind: Enterprise\ncolumns:\n  奇怪列: colour\n'));
    expect(!unknown.ok && unknown.problem.message).toMatch(/colour/u);
    const wrong = mapSheet(sheet, parseMappingFile('kind: Domain\ncolumns:\n  奇怪列: HOSTS\n'));
    expect(!wrong.ok && wrong.problem.message).toMatch(/HOSTS/u);
    expect(() => parseMappingFile('kind: Planet')).toThrow(/mapping file/u);
    expect(() => parseMappingFile('kind: [')).toThrow(/JSON or YAML/u);
  });

  it('names kinds from English ids and Chinese names', () => {
    expect(kindFromName('Enterprise.csv')).toBe('Enterprise');
    expect(kindFromName('高校院所')).toBe('University');
    expect(kindFromName('其他')).toBeNull();
  });
});
