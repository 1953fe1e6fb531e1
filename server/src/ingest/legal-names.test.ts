/**
 * Done when (issue 14): sheets of legal names for enterprises already in the graph under short names
 * create no duplicate of them, on every backend, while different companies that share an industry word
 * stay apart; the report says what merged with what and why, and what waits for review.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LEGAL_NAMES_OF_SEED,
  OTHERS_WITH_SHARED_WORDS,
  legalNameWorkbook,
} from '../../test-support/bureau-sheets.ts';
import { REPO_ROOT } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import type { GraphStore } from '../store/index.ts';
import { importSheets, type ImportReport } from './import-sheets.ts';
import { readXlsx } from './read-sheet.ts';
import { importSeedDirectory } from './seed-if-empty.ts';

describe.each(testBackends())('legal names on $name', (backend) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await backend.create();
    await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
  });
  afterAll(async () => {
    await store.close();
  });

  const enterprises = async () =>
    (await store.listNames()).filter((entry) => entry.kind === 'Enterprise').map((entry) => entry.name);

  let first: ImportReport;

  it('lands every legal name on the enterprise the graph has under its short name, and keeps others apart', async () => {
    const before = await enterprises();
    first = await importSheets(store, await readXlsx(await legalNameWorkbook(), '高企名单.xlsx'));
    expect(first.problems).toEqual([]);
    const after = await enterprises();
    for (const [, short] of LEGAL_NAMES_OF_SEED)
      expect(after.filter((name) => name === short)).toHaveLength(1);
    for (const [legal] of LEGAL_NAMES_OF_SEED) expect(after).not.toContain(legal);
    expect(after.filter((name) => !before.includes(name)).sort()).toEqual(
      [...OTHERS_WITH_SHARED_WORDS, '山东合益化工有限公司东营分公司'].sort(),
    );
    const [heyi] = await store.getNodes(['enterprise:合益化工']);
    expect(heyi).toMatchObject({ name: '合益化工', props: { legalName: '山东合益化工有限公司' } });
    expect(heyi?.aliases).toContain('山东合益化工有限公司');
    const cooperations = await store.edgesOf(['enterprise:合益化工'], ['COOPERATES_WITH'], 50);
    expect(cooperations.edges.map((edge) => edge.to)).toContain('university:中国科学院上海有机化学研究所');
  });

  it('says per sheet what merged with what and why, and lists the branch for review', () => {
    const merged = first.matches.filter((match) => match.source.sheet === '高新技术企业名单');
    expect(merged.map((match) => match.entityName).sort()).toEqual(
      LEGAL_NAMES_OF_SEED.map(([, short]) => short).sort(),
    );
    expect(merged.find((match) => match.name === '山东合益化工有限公司')).toMatchObject({
      id: 'enterprise:合益化工',
      tier: 'parts',
      reasons: expect.arrayContaining([
        expect.objectContaining({ code: 'same-trade' }),
        expect.objectContaining({ code: 'same-industry' }),
      ]),
    });
    expect(first.review).toEqual([
      expect.objectContaining({
        incoming: expect.objectContaining({
          id: 'enterprise:山东合益化工有限公司东营分公司',
          name: '山东合益化工有限公司东营分公司',
        }),
        existing: expect.objectContaining({ id: 'enterprise:合益化工' }),
        reasons: expect.arrayContaining([expect.objectContaining({ code: 'branch-of' })]),
        source: expect.objectContaining({ sheet: '高新技术企业名单', row: 17 }),
        action: 'created',
      }),
    ]);
    expect(first.createdNear).toContainEqual(
      expect.objectContaining({
        name: '山东合益药业有限公司',
        nearest: expect.objectContaining({
          id: 'enterprise:合益化工',
          reasons: expect.arrayContaining([expect.objectContaining({ code: 'other-industry' })]),
        }),
      }),
    );
  });

  it('imports the same sheets again without reading a record back, and changes nothing', async () => {
    const again = await importSheets(store, await readXlsx(await legalNameWorkbook(), '高企名单.xlsx'));
    expect(again.unchangedByDigest).toBe(true);
    expect(again.written).toBe(false);
    expect(again.counts.Enterprise).toMatchObject({ created: 0, updated: 0 });
    expect(again.review).toEqual([]);
  });

  it('after another change, compares again only the rows whose records changed since', async () => {
    const edit = await importSheets(store, [
      {
        file: 'Enterprise.csv',
        rows: [
          ['企业名称', '英文名'],
          ['合益化工', 'Heyi Chemical'],
        ],
      },
    ]);
    expect(edit.written).toBe(true);
    const again = await importSheets(store, await readXlsx(await legalNameWorkbook(), '高企名单.xlsx'));
    expect(again.written).toBe(false);
    expect(again.vouchedRows).toBeGreaterThan(15);
    expect(again.counts.Enterprise).toMatchObject({ created: 0, updated: 0 });
    const [heyi] = await store.getNodes(['enterprise:合益化工']);
    expect(heyi?.nameEn).toBe('Heyi Chemical');
  });
});
