import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.ts';
import { visibleText } from './visible-text.ts';

describe('visibleText', () => {
  it('takes out zero-width spaces, soft hyphens, byte-order and direction marks inside a name', () => {
    expect(visibleText('合益\u200b化工')).toBe('合益化工');
    expect(visibleText('\ufeff汇东\u00ad新能源\u200e')).toBe('汇东新能源');
    expect(visibleText('测试\u202e公司\u2066\u2069')).toBe('测试公司');
  });

  it('takes out control characters but keeps tabs and line breaks', () => {
    expect(visibleText('a\u0000b\u0007c\u001bd\u007f\u0085e')).toBe('abcde');
    expect(visibleText('第一行\r\n第二行\t备注')).toBe('第一行\r\n第二行\t备注');
  });

  it('leaves visible text as it is, however often it is called', () => {
    for (const text of ['合益化工', 'Ｈｅｙｉ　化工', '李\u3000青', '']) {
      expect(visibleText(text)).toBe(text);
      expect(visibleText(text)).toBe(text);
    }
  });
});

describe('normalizeName with invisible characters', () => {
  it('compares a name with a zero-width space or soft hyphen as the name without', () => {
    expect(normalizeName('合益\u200b化工')).toBe(normalizeName('合益化工'));
    expect(normalizeName('汇东\u00ad新能源\ufeff')).toBe(normalizeName('汇东新能源'));
  });
});
