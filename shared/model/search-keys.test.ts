import { pinyin } from 'pinyin-pro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.ts';
import { pinyinForms } from './search-keys.ts';

/** pinyin-pro's own initials, the reference the one-call derivation must equal. */
function reference(name: string): string {
  const text = name.normalize('NFKC');
  return normalizeName(
    pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(''),
  );
}

describe('pinyin initials from one pinyin-pro call', () => {
  it('equal pinyin-pro’s pattern “first” on every seed name and on mixed, polyphonic and rare text', () => {
    const seedDir = join(import.meta.dirname, '../../seed/kenli');
    const names = readdirSync(seedDir)
      .filter((file) => file.endsWith('.csv'))
      .flatMap((file) =>
        readFileSync(join(seedDir, file), 'utf8')
          .split('\n')
          .map((line) => line.split(',')[0] ?? ''),
      );
    const samples = [
      ...names,
      '中科院STS',
      'ABC化工12号',
      '“1+N”工作法',
      'lü绿色ü',
      '银行行长',
      '重庆重要',
      '山东合成测试123化工有限公司',
      '𠀀生僻字〇',
      '乐乐音乐长长长',
      'Ｈｅｙｉ合益　化工（东营）',
    ];
    for (const name of samples) {
      const forms = pinyinForms(name);
      if (forms) expect(forms.initials, name).toBe(reference(name));
    }
  });
});
