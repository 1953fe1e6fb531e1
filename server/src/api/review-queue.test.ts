/**
 * The review queue (待确认) over real HTTP, on every backend under test: an import that is not sure of a
 * name puts the pair in the queue; an editor merges it (links moved, names kept as aliases) and undoes the
 * merge exactly; a pair kept apart is not asked again when the sheets are imported again or the graph is
 * scanned; a scan finds a duplicate made by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_KINDS } from '#model';
import { graphSnapshot } from '../../test-support/define-change-set-contract.ts';
import { legalNameWorkbook } from '../../test-support/bureau-sheets.ts';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEY = 'reviewer-key';
const BRANCH = 'enterprise:山东合益化工有限公司东营分公司';
const HEYI = 'enterprise:合益化工';

const PAIRS = `query ($status: ReviewStatus) { reviewPairs(status: $status) { total items {
  id score status proposedBy shared reasons { code weight label } a { id name } b { id name } } } }`;

interface Pair {
  id: string;
  status: string;
  proposedBy: string;
  reasons: Array<{ code: string }>;
  a: { id: string; name: string };
  b: { id: string; name: string };
}

describe.each(testBackends())('the review queue on $name', (backend) => {
  let app: SeededApp;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-editor-key': KEY },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  };
  const importLegalNames = async () =>
    gql<{ importSpreadsheets: { written: boolean } }>(
      'mutation ($files: [SpreadsheetUpload!]!) { importSpreadsheets(files: $files, dryRun: false) { written } }',
      {
        files: [
          { name: '高企名单.xlsx', contentBase64: Buffer.from(await legalNameWorkbook()).toString('base64') },
        ],
      },
    );
  const open = async () =>
    (await gql<{ reviewPairs: { total: number; items: Pair[] } }>(PAIRS)).data!.reviewPairs;

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: [`审核员:${KEY}`] });
    expect((await importLegalNames()).data?.importSpreadsheets.written).toBe(true);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('queues the pair an import was not sure of, with its evidence and where it came from', async () => {
    const queue = await open();
    const pair = queue.items.find((item) => [item.a.id, item.b.id].includes(BRANCH));
    expect(pair).toBeDefined();
    expect([pair!.a.id, pair!.b.id].sort()).toEqual([BRANCH, HEYI].sort());
    expect(pair!.reasons.map((reason) => reason.code)).toContain('branch-of');
    expect(pair!.proposedBy).toContain('高新技术企业名单');
  });

  it('merges a pair, moving its links and keeping its names, and undoes the merge exactly', async () => {
    const pair = (await open()).items.find((item) => [item.a.id, item.b.id].includes(BRANCH))!;
    const [branchBefore] = await app.store.getNodes([BRANCH]);
    const branchLinks = (
      await app.store.neighborhood({ id: BRANCH, depth: 1, kinds: [...NODE_KINDS], limit: 100 })
    ).edges;
    expect(branchLinks.length).toBeGreaterThan(0);
    const before = await graphSnapshot(app.store);
    const merged = await gql<{
      mergePair: { kept: { id: string; aliases: string[] }; changeSet: { id: string; kind: string } };
    }>(
      'mutation ($id: ID!, $keep: ID!) { mergePair(id: $id, keepId: $keep) { kept { id aliases } changeSet { id kind } } }',
      { id: pair.id, keep: HEYI },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergePair.kept.aliases).toContain(branchBefore!.name);
    expect(await app.store.getNodes([BRANCH])).toEqual([]);
    const heyiLinks = (
      await app.store.neighborhood({ id: HEYI, depth: 1, kinds: [...NODE_KINDS], limit: 200 })
    ).edges;
    for (const link of branchLinks) {
      const other = link.from === BRANCH ? link.to : link.from;
      expect(
        heyiLinks.some((edge) => edge.kind === link.kind && (edge.from === other || edge.to === other)),
      ).toBe(true);
    }
    expect((await open()).items.some((item) => item.id === pair.id)).toBe(false);
    await gql('mutation ($id: ID!) { undoChangeSet(id: $id) { id } }', {
      id: merged.data!.mergePair.changeSet.id,
    });
    expect(await graphSnapshot(app.store)).toEqual(before);
    expect((await open()).items.find((item) => item.id === pair.id)?.status).toBe('open');
  });

  it('keeps a pair apart, and neither importing the sheets again nor a scan asks about it again', async () => {
    const pair = (await open()).items.find((item) => [item.a.id, item.b.id].includes(BRANCH))!;
    const apart = await gql<{ keepApart: { kind: string; editor: string } }>(
      'mutation ($id: ID!) { keepApart(id: $id) { kind editor } }',
      {
        id: pair.id,
      },
    );
    expect(apart.data?.keepApart).toEqual({ kind: 'review', editor: '审核员' });
    await importLegalNames();
    await gql('mutation { scanDuplicates { added } }');
    expect((await open()).items.some((item) => item.id === pair.id)).toBe(false);
    const decided = await gql<{ reviewPairs: { items: Pair[] } }>(PAIRS, { status: 'apart' });
    expect(decided.data?.reviewPairs.items.map((item) => item.id)).toEqual([pair.id]);
  });

  it('finds by a scan a duplicate made by hand, once', async () => {
    const made = await gql(
      'mutation { createEntity(input: { kind: Enterprise, name: "山东汇东新能源股份有限公司" }, distinctFrom: ["enterprise:汇东新能源"]) { entity { id } } }',
    );
    expect(made.errors).toBeUndefined();
    const scan = await gql<{ scanDuplicates: { added: number } }>(
      'mutation { scanDuplicates { added changeSet { kind } } }',
    );
    expect(scan.data?.scanDuplicates.added).toBeGreaterThanOrEqual(1);
    const found = (await open()).items.filter((item) =>
      [item.a.id, item.b.id].includes('enterprise:山东汇东新能源股份有限公司'),
    );
    expect(found.map((item) => [item.a.id, item.b.id].sort())).toContainEqual(
      ['enterprise:山东汇东新能源股份有限公司', 'enterprise:汇东新能源'].sort(),
    );
    expect(
      (await gql<{ scanDuplicates: { added: number } }>('mutation { scanDuplicates { added } }')).data
        ?.scanDuplicates.added,
    ).toBe(0);
  });
});
