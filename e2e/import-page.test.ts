/**
 * The import page in a real browser: a planner opens 导入 from the header, uploads a GBK CSV and a workbook
 * with an editor key, sees how each sheet was read, the counts and the problems on a dry run, confirms,
 * and then finds the imported text (formulas, markup) shown as plain text in the explorer, never run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauWorkbook, specialistsCsvGbk } from '../server/test-support/bureau-sheets.ts';
import { startSeededApp, type SeededApp } from '../server/test-support/start-seeded-app.ts';
import { launchBrowser, newCheckedPage } from './launch-browser.ts';
import { scratchDir } from '../server/test-support/scratch-dir.ts';

let app: SeededApp;
let browser: Browser;
let page: Page;
let cspViolations: string[] = [];
const dir = scratchDir('e2e-import');
const dialogs: string[] = [];

beforeAll(async () => {
  writeFileSync(join(dir, '特派员名单.csv'), specialistsCsvGbk());
  writeFileSync(join(dir, '台账.xlsx'), await bureauWorkbook({ badRow: true }));
  app = await startSeededApp(undefined, { editorKeys: ['e2e-key'] });
  browser = await launchBrowser();
  ({ page, cspViolations } = await newCheckedPage(browser, { viewport: { width: 1400, height: 1000 } }));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  // The whole UI works under the server's Content-Security-Policy.
  expect(cspViolations).toEqual([]);
  await browser?.close();
  await app?.stop();
});

describe('importing spreadsheets from the browser', () => {
  it('refuses a wrong key, then shows a dry run and imports on confirmation', async () => {
    await page.goto(app.url);
    await page.getByTestId('import-open').click();
    await page
      .getByTestId('import-files')
      .setInputFiles([join(dir, '特派员名单.csv'), join(dir, '台账.xlsx')]);
    await page.getByTestId('import-key').fill('wrong');
    await page.getByTestId('import-check').click();
    await expect.poll(() => page.getByTestId('import-error').textContent()).toMatch(/编辑密钥/u);

    await page.getByTestId('import-key').fill('e2e-key');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-status').waitFor();
    expect(await page.getByTestId('import-sheet').count()).toBe(4);
    expect(await page.getByTestId('import-problems').textContent()).toContain('很多钱');
    const before = await app.graphql<{ stats: { nodeCount: number } }>('{ stats { nodeCount } }');

    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-status').textContent()).toMatch(/已写入/u);
    const after = await app.graphql<{ stats: { nodeCount: number } }>('{ stats { nodeCount } }');
    expect(after.data!.stats.nodeCount).toBeGreaterThan(before.data!.stats.nodeCount);
    // Markup from the files was shown as text and never became elements.
    expect(await page.locator('dialog img').count()).toBe(0);
  });

  it('shows imported markup and formulas as plain text in the explorer', async () => {
    await page.goto(`${app.url}/?focus=${encodeURIComponent('specialist:王五')}`);
    await expect
      .poll(() => page.locator('body').textContent(), { timeout: 15_000 })
      .toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
