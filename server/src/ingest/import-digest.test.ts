import { describe, expect, it } from 'vitest';
import type { ChangeSetSummary } from '#model';
import { InputDigest, changesSinceImport, importedAs } from './import-digest.ts';

const digestOf = (cells: string[][], context: unknown = null, day = new Date('2026-12-01T08:00:00Z')) => {
  const digest = new InputDigest(context, day);
  digest.sheet('名单.csv', undefined);
  cells.forEach((row, index) => digest.row({ row: index + 1, cells: row }));
  return digest.digest();
};

const set = (id: string, note: string, extra: Partial<ChangeSetSummary> = {}): ChangeSetSummary => ({
  id,
  editor: 'system',
  at: '2026-12-01T08:00:00.000Z',
  kind: 'import',
  note,
  counts: [],
  entryCount: 1,
  undoes: null,
  undoneBy: null,
  digest: null,
  ...extra,
});

describe('the digest of an import', () => {
  it('is the same for the same cells, mapping and day, and differs when any of them does', () => {
    const rows = [['企业名称'], ['合益化工']];
    expect(digestOf(rows)).toBe(digestOf(rows));
    expect(digestOf([['企业名称'], ['合益化工 ']])).not.toBe(digestOf(rows));
    expect(digestOf(rows, { aliases: { 合益: '合益化工' } })).not.toBe(digestOf(rows));
    expect(digestOf(rows, null, new Date('2027-01-01T08:00:00Z'))).not.toBe(digestOf(rows));
  });

  it('finds the change sets made since the same import, and none when the import was undone', () => {
    const digest = digestOf([['企业名称'], ['合益化工']]);
    const before = set('c1', '名单.csv', { digest });
    expect(importedAs(before, digest)).toBe(true);
    const later = set('c2', '编辑', { kind: 'edit' });
    expect(changesSinceImport([later, before], digest)?.map((each) => each.id)).toEqual(['c2']);
    expect(changesSinceImport([before], digest)).toEqual([]);
    expect(changesSinceImport([set('c1', before.note, { undoneBy: 'c3' })], digest)).toBeNull();
    expect(changesSinceImport([later], digest)).toBeNull();
  });
});
