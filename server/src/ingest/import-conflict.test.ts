/**
 * An import writes existing records as it read them, merged with its rows: an edit that lands between
 * that read and the import's write would be overwritten without a word. The import's write expects the
 * records as read, so it is refused as CONFLICT instead, and the edit stays.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deriveId, type ChangeSetSummary } from '#model';
import { createKuzuStore, type GraphStore } from '../store/index.ts';
import { REPO_ROOT } from '../../test-support/start-seeded-app.ts';
import { importSheets } from './import-sheets.ts';
import { readCsv } from './read-sheet.ts';
import { importSeedDirectory } from './seed-if-empty.ts';

const HEYI = deriveId('Enterprise', '合益化工');
const sheet = () =>
  readCsv(new TextEncoder().encode('企业名称,企业全称\n合益化工,山东合益化工股份有限公司\n'), '企业名录.csv');

let store: GraphStore;
beforeEach(async () => {
  store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 128 * 1024 * 1024 });
  await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
});
afterEach(() => store.close());

it('refuses an import as CONFLICT when an edit of a record it changes lands after it read the record, keeping the edit', async () => {
  const [before] = await store.getNodes([HEYI]);
  let edit: Promise<ChangeSetSummary | null> | null = null;
  const attempt = importSheets(store, [sheet()], {
    // Just before the import writes: another editor's change to the same enterprise goes first.
    onProgress: (progress) => {
      if (progress.phase === 'writing')
        edit = store.write({ nodes: [{ ...before!, description: '编辑于导入期间' }], edges: [] });
    },
  });
  await expect(attempt).rejects.toMatchObject({
    code: 'CONFLICT',
    message: expect.stringContaining('合益化工'),
  });
  expect(await edit).not.toBeNull();
  const [after] = await store.getNodes([HEYI]);
  expect(after?.description).toBe('编辑于导入期间');
  expect(after?.props.legalName).toBe(before?.props.legalName);
  // Made again, it lands on the record as it now is, the edit included.
  await importSheets(store, [sheet()]);
  const [again] = await store.getNodes([HEYI]);
  expect(again).toMatchObject({
    description: '编辑于导入期间',
    props: { legalName: '山东合益化工股份有限公司' },
  });
});
