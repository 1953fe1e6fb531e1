import { describe, expect, it } from 'vitest';
import { normalizeName, queryTerms } from './normalize-name.ts';
import { searchKeys } from './search-keys.ts';

describe('normalizeName', () => {
  it('makes full-width and half-width forms equal', () => {
    expect(normalizeName('ＡＢＣ（东营）')).toBe(normalizeName('abc(东营)'));
    expect(normalizeName('合益　化工')).toBe('合益化工');
  });

  it('ignores brackets, spaces and list punctuation that vary between spreadsheets', () => {
    expect(normalizeName('【中国石油大学】（华东）')).toBe('中国石油大学华东');
    expect(normalizeName('石大·胜华')).toBe('石大胜华');
  });

  it('splits a query into normalised terms', () => {
    expect(queryTerms('硼烷　医药中间体 ')).toEqual(['硼烷', '医药中间体']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('searchKeys', () => {
  it('includes names, aliases, full pinyin and initials', () => {
    const keys = searchKeys({ name: '合益化工', aliases: ['合益'], nameEn: 'Heyi Chemical' });
    expect(keys).toEqual(expect.arrayContaining(['合益化工', '合益', 'heyihuagong', 'hyhg', 'heyichemical']));
  });
});
