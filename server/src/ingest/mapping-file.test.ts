import { describe, expect, it } from 'vitest';
import { globMatches, parseMappingFile, ruleFor } from './mapping-file.ts';

describe('file and sheet patterns of a mapping file', () => {
  it('match names with * and ? as shell patterns do, ignoring case', () => {
    expect(globMatches('*.xlsx', '台账.XLSX')).toBe(true);
    expect(globMatches('企业*名单', '企业需求名单')).toBe(true);
    expect(globMatches('企业*名单', '企业名单')).toBe(true);
    expect(globMatches('企业?名单', '企业名单')).toBe(false);
    expect(globMatches('a*b*c', 'aXbYc')).toBe(true);
    expect(globMatches('a*b*c', 'aXcYb')).toBe(false);
    expect(globMatches('*', '')).toBe(true);
    expect(globMatches('sheet1', 'sheet10')).toBe(false);
    expect(globMatches('a.b', 'aXb')).toBe(false);
  });

  it('take time bounded by the lengths, not exponential, on patterns of many stars', () => {
    const start = performance.now();
    expect(globMatches('*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5_000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('choose the first rule whose patterns fit the file and the sheet', () => {
    const mapping = parseMappingFile(
      'sheets:\n  - file: "*需求*"\n    kind: Need\n  - sheet: "专家*"\n    kind: Specialist\n',
    );
    expect(ruleFor(mapping, 'dir/企业需求表.xlsx', '表1')?.kind).toBe('Need');
    expect(ruleFor(mapping, '名单.xlsx', '专家名单')?.kind).toBe('Specialist');
    expect(ruleFor(mapping, '名单.xlsx', '企业')).toBeUndefined();
  });
});
