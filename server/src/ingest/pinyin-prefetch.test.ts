import { describe, expect, it } from 'vitest';
import { createSearchKeys, pinyinForms, searchText, type PinyinForms, type SearchKeys } from '#model';
import { PinyinPrefetch } from './pinyin-prefetch.ts';

/** A store's search-key service that also keeps what it was told to remember. */
function recordingKeys(): SearchKeys & { told: Map<string, PinyinForms | null> } {
  const keys = createSearchKeys();
  const told = new Map<string, PinyinForms | null>();
  return {
    told,
    textOf: keys.textOf,
    remember(entries) {
      const list = [...entries];
      for (const [name, forms] of list) told.set(name, forms);
      keys.remember(list);
    },
    forget: keys.forget,
  };
}

describe('pinyin on a second thread for large imports', () => {
  it('gives the store exactly what the main thread would compute, and starts only for many names', async () => {
    const names = Array.from({ length: 12_000 }, (_, i) => `山东合成${i}银行重庆化工有限公司`);
    const keys = recordingKeys();
    const prefetch = new PinyinPrefetch(keys);
    try {
      for (const name of names) prefetch.add(name);
      await prefetch.settle();
      expect(prefetch.answered).toBe(names.length);
      expect(keys.told.size).toBe(names.length);
      for (const name of names.filter((_, i) => i % 997 === 0)) {
        expect(keys.told.get(name)).toEqual(pinyinForms(name));
        expect(keys.textOf({ name, aliases: [] })).toBe(searchText({ name, aliases: [] }));
      }
    } finally {
      await prefetch.close();
    }
    const small = new PinyinPrefetch(recordingKeys());
    small.add('合益化工');
    await small.settle();
    expect(small.answered).toBe(0);
    await small.close();
  });
});
