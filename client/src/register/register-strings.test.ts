import { describe, expect, it } from 'vitest';
import { NEED_STATUSES } from '#model';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';

describe('the register’s strings', () => {
  it('have the same keys in Chinese and English, none of them empty', () => {
    expect(Object.keys(REGISTER_STRINGS.en).sort()).toEqual(Object.keys(REGISTER_STRINGS.zh).sort());
    for (const lang of ['zh', 'en'] as const)
      for (const [key, value] of Object.entries(REGISTER_STRINGS[lang])) {
        const text = typeof value === 'function' ? String((value as (x: string) => string)('1')) : value;
        expect(text, `${lang}.${key}`).not.toBe('');
      }
  });

  it('show statuses as declared, with their English gloss in English', () => {
    for (const status of NEED_STATUSES) expect(statusLabel(status, 'zh')).toBe(status);
    expect(statusLabel('已解决', 'en')).toBe('已解决 (solved)');
    expect(statusLabel('搁置', 'en')).toBe('搁置');
  });
});
