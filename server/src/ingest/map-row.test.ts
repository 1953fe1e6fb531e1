import { describe, expect, it } from 'vitest';
import { mapSheet } from './map-sheet.ts';

describe('mapping a data row', () => {
  it('gives empty fields the sheet’s defaults and scales plain numbers by the header’s money unit', () => {
    const result = mapSheet({
      file: '院士工作站名单.csv',
      rows: [
        ['工作站名称', '平台类型', '级别'],
        ['天牧生物院士工作站', '', '省级'],
        ['另一工作站', '重点实验室', ''],
      ],
    });
    expect(result.ok && result.rows.map((row) => row.fields)).toEqual([
      { name: '天牧生物院士工作站', platformType: '院士工作站', level: '省级' },
      { name: '另一工作站', platformType: '重点实验室', level: '' },
    ]);
    const projects = mapSheet({
      file: '合作项目.csv',
      rows: [
        ['项目名称', '总投资（万元）', '预计产值（亿元）'],
        ['甲', '500', '1.7'],
        ['乙', '5亿元', '很多'],
      ],
    });
    expect(
      projects.ok && projects.rows.map((row) => [row.fields.investment, row.fields.expectedOutput]),
    ).toEqual([
      ['5000000', '170000000'],
      ['5亿元', '很多'],
    ]);
  });
});
