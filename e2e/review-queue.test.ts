/**
 * The review queue in a real browser: after an import of legal names that was not sure of one, an editor
 * opens 待确认, merges the pair and sees the links moved and the names kept, undoes the merge and sees
 * both back exactly, marks the pair as two different entities and does not see it again after importing
 * the same sheets once more.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legalNameWorkbook } from '../server/test-support/bureau-sheets.ts';
import { graphSnapshot } from '../server/test-support/define-change-set-contract.ts';
import type { SeededApp } from '../server/test-support/start-seeded-app.ts';
import { settled } from './explorer-page.ts';
import { openSeededPage, type SeededPage } from './seeded-page.ts';

const KEY = 'e2e-review-key';
const BRANCH = 'enterprise:山东合益化工有限公司东营分公司';
const HEYI = 'enterprise:合益化工';

let seeded: SeededPage | undefined;
let app: SeededApp;
let page: Page;
let shots: string;

async function importLegalNames(): Promise<void> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-editor-key': KEY },
    body: JSON.stringify({
      query:
        'mutation ($files: [SpreadsheetUpload!]!) { importSpreadsheets(files: $files, dryRun: false) { written } }',
      variables: {
        files: [
          { name: '高企名单.xlsx', contentBase64: Buffer.from(await legalNameWorkbook()).toString('base64') },
        ],
      },
    }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  seeded = await openSeededPage({ editorKeys: [`周审核:${KEY}`] });
  ({ app, page, shots } = seeded);
  await importLegalNames();
});

afterAll(() => seeded?.close());

const pairCard = () => page.getByTestId('review-pair').filter({ hasText: '东营分公司' });

describe('the review queue in the app', () => {
  it('lets an editor merge a pair, the links moving and the names kept', { timeout: 120_000 }, async () => {
    await page.goto(`${app.url}/?focus=${encodeURIComponent(HEYI)}`);
    await settled(page);
    await page.getByTestId('sign-in-open').click();
    await page.getByTestId('sign-in-key').fill(KEY);
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.getByTestId('review-toggle').click();
    await expect.poll(() => pairCard().count(), { timeout: 10_000 }).toBe(1);
    expect(await pairCard().textContent()).toContain('分公司');
    await page.screenshot({ path: join(shots, 'review-queue.png') });
    const before = await graphSnapshot(app.store);
    const [branch] = await app.store.getNodes([BRANCH]);
    const keepHeyi =
      (await pairCard().locator('.review-side').first().getAttribute('data-id')) === HEYI
        ? 'review-keep-a'
        : 'review-keep-b';
    await pairCard().getByTestId(keepHeyi).click();
    await expect.poll(() => pairCard().count(), { timeout: 10_000 }).toBe(0);
    expect(await app.store.getNodes([BRANCH])).toEqual([]);
    const [heyi] = await app.store.getNodes([HEYI]);
    expect(heyi?.aliases).toContain(branch!.name);
    // The detail panel shows the kept names.
    await page.evaluate((id) => {
      (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy
        .getElementById(id)
        .emit('tap');
    }, HEYI);
    await expect
      .poll(() => page.getByTestId('detail-panel').textContent(), { timeout: 10_000 })
      .toContain('东营分公司');

    // Undo the merge from the history: both come back exactly.
    await page.getByTestId('history-toggle').click();
    const newest = page.getByTestId('history-panel').getByTestId('history-item').first();
    await expect.poll(() => newest.getAttribute('data-kind'), { timeout: 10_000 }).toBe('merge');
    await newest.getByTestId('history-undo').click();
    await expect.poll(() => newest.getAttribute('data-kind'), { timeout: 10_000 }).toBe('undo');
    expect(await graphSnapshot(app.store)).toEqual(before);
    await expect.poll(() => pairCard().count(), { timeout: 10_000 }).toBe(1);
  });

  it('keeps a pair apart, and does not ask again after the same sheets are imported again', async () => {
    await pairCard().getByTestId('review-apart').click();
    await expect.poll(() => pairCard().count(), { timeout: 10_000 }).toBe(0);
    await importLegalNames();
    await page.reload();
    await settled(page);
    await page.getByTestId('review-toggle').click();
    await page.getByTestId('review-panel').waitFor();
    await expect.poll(() => page.getByTestId('review-panel').textContent()).toMatch(/共 \d+ 对/u);
    expect(await pairCard().count()).toBe(0);
  });
});
