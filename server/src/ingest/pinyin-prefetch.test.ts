import { describe, expect, it } from 'vitest';
import { pinyinForms } from '../domain/search-keys.ts';
import { PinyinPrefetch } from './pinyin-prefetch.ts';

describe('pinyin on a second thread for large imports', () => {
  it('gives exactly what the main thread would compute, and starts only for many names', async () => {
    const names = Array.from({ length: 12_000 }, (_, i) => `山东合成${i}银行重庆化工有限公司`);
    const expected = names.filter((_, i) => i % 997 === 0).map((name) => [name, pinyinForms(name)] as const);
    const prefetch = new PinyinPrefetch();
    try {
      for (const name of names) prefetch.add(name);
      await prefetch.settle();
      expect(prefetch.answered).toBe(names.length);
      for (const [name, forms] of expected) expect(pinyinForms(name)).toEqual(forms);
    } finally {
      await prefetch.close();
    }
    const small = new PinyinPrefetch();
    small.add('合益化工');
    await small.settle();
    expect(small.answered).toBe(0);
    await small.close();
  });
});
