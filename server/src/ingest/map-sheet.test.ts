import { describe, expect, it } from 'vitest';
import { kindFromName, mapSheet } from './map-sheet.ts';

describe('mapping a sheet', () => {
  it('finds the header row below a merged title row and skips blank rows', () => {
    const result = mapSheet({
      file: '企业名单.csv',
      rows: [
        ['2020年垦利区重点企业名单', '', ''],
        ['序号', '企业名称', '简称'],
        ['1', '山东合益化工有限公司', '合益'],
        ['', '', ''],
        ['2', '汇东新能源', ''],
      ],
    });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.mapping.headerRow).toBe(2);
    expect(result.mapping.target).toEqual({ type: 'nodes', kind: 'Enterprise' });
    expect(result.mapping.columns.map((column) => column.field)).toEqual([null, 'name', 'aliases']);
    expect(result.rows.map((row) => [row.row, row.fields.name])).toEqual([
      [3, '山东合益化工有限公司'],
      [5, '汇东新能源'],
    ]);
  });

  it('reads template headers 中文(key) and takes the kind from the file name', () => {
    const result = mapSheet({
      file: 'seed/Platform.csv',
      rows: [['名称(name)', '级别(level)', '来源(quote)']],
    });
    expect(result.ok && result.mapping.target).toEqual({ type: 'nodes', kind: 'Platform' });
    expect(result.ok && result.mapping.columns.map((column) => column.field)).toEqual([
      'name',
      'level',
      'quote',
    ]);
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

  it('says what to do when it cannot tell what a sheet lists', () => {
    const result = mapSheet({
      file: 'list.csv',
      rows: [
        ['名称', '别名'],
        ['甲', ''],
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toMatch(/映射文件.*mapping file/u);
  });

  it('names kinds from English ids and Chinese names', () => {
    expect(kindFromName('Enterprise.csv')).toBe('Enterprise');
    expect(kindFromName('高校院所')).toBe('University');
    expect(kindFromName('其他')).toBeNull();
  });
});
