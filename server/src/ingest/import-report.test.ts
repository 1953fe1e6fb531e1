/** A report stays small whatever the sheets hold: quoted cells shortened, long lists cut with their counts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKuzuStore, type GraphStore } from '../store/index.ts';
import { importSheets } from './import-sheets.ts';
import { boundProblem, LISTED } from './import-report.ts';
import { quoteCell } from './quote-cell.ts';

let store: GraphStore;
beforeAll(async () => {
  store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 128 * 1024 * 1024 });
});
afterAll(async () => {
  await store.close();
});

describe('the size of an import report', () => {
  it('quotes a cell shortened, saying how long it was', () => {
    expect(quoteCell('短')).toBe('短');
    const quoted = quoteCell('年'.repeat(32_000));
    expect(quoted.length).toBeLessThan(120);
    expect(quoted).toContain('32000');
    expect(
      boundProblem({ file: 'a.xlsx', column: '列'.repeat(500), message: 'x' }).column?.length,
    ).toBeLessThan(120);
  });

  it('stays bounded for 10,000 rows each with a 32,000-character cell', async () => {
    const cell = '二'.repeat(32_000);
    const rows = [['平台名称', '认定年份'], ...Array.from({ length: 12_000 }, (_, i) => [`平台${i}`, cell])];
    const report = await importSheets(store, [{ file: '大.xlsx', sheet: '平台', rows }], { dryRun: true });
    expect(report.problemCount).toBe(12_000);
    expect(report.problems).toHaveLength(LISTED);
    expect(JSON.stringify(report).length).toBeLessThan(8_000_000);
  });
});
