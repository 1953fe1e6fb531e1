/**
 * Editing in a real browser: an editor signs in once, corrects a specialist's unit, adds a cooperation
 * between two existing entities, deletes a wrong relationship, sees each change in the history with their
 * name, and undoes one; a visitor who is not signed in reads everything and can change nothing.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededApp } from '../server/test-support/start-seeded-app.ts';
import { settled } from './explorer-page.ts';
import { openSeededPage, type SeededPage } from './seeded-page.ts';

const SPECIALIST = 'specialist:龚俊波';
const XINFA = 'enterprise:新发药业';

let seeded: SeededPage | undefined;
let app: SeededApp;
let page: Page;
let shots: string;

beforeAll(async () => {
  seeded = await openSeededPage({ editorKeys: ['王敏:e2e-wangmin-key'] });
  ({ app, page, shots } = seeded);
  // Deletions ask for confirmation.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(() => seeded?.close());

async function select(id: string): Promise<void> {
  await page.goto(`${app.url}/?focus=${encodeURIComponent(id)}`);
  await settled(page);
  await page.evaluate((nodeId) => {
    (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy
      .getElementById(nodeId)
      .emit('tap');
  }, id);
  await page.getByTestId('detail-panel').waitFor();
}

const rows = () => page.getByTestId('relationship-row').allTextContents();

describe('editing the graph in the app', () => {
  it('shows a visitor everything but no way to change it', async () => {
    await select(SPECIALIST);
    await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('龚俊波');
    expect(await page.getByTestId('edit-entity').count()).toBe(0);
    expect(await page.getByTestId('relationships-editor').count()).toBe(0);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { deleteEntity(id: "specialist:龚俊波") { id } }' }),
      });
      return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('signs an editor in once with their key', async () => {
    await page.getByTestId('sign-in-open').click();
    await page.getByTestId('sign-in-key').fill('wrong');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toContain('编辑密钥');
    await page.getByTestId('sign-in-key').fill('e2e-wangmin-key');
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('signed-in-as').textContent()).toContain('王敏');
    // The key is in no storage the page can read.
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
    );
    expect(stored).not.toContain('e2e-wangmin-key');
    expect(stored).not.toContain('kg_session');
  });

  it('corrects a specialist’s unit', async () => {
    await select(SPECIALIST);
    await expect
      .poll(rows, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('新发药业')]));
    const unit = page.getByTestId('relationship-row').filter({ hasText: '新发药业' });
    await unit.getByTestId('relationship-move').click();
    await unit.getByTestId('relationship-move-to').fill('石油大学');
    await unit.getByTestId('relationship-move-to-hits').locator('button').first().click();
    // The specialist now works at the university, and no longer at the enterprise.
    await expect
      .poll(rows, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^任职于 → 中国石油大学/u)]));
    expect((await rows()).some((row) => row.includes('新发药业'))).toBe(false);
    expect(await page.getByTestId('relationship-error').count()).toBe(0);
  });

  it('adds a cooperation between two existing entities and deletes a wrong relationship', async () => {
    await select(XINFA);
    const editor = page.getByTestId('relationships-editor');
    await editor.waitFor();
    const kind = editor.getByTestId('relationship-kind');
    const cooperates = await kind
      .locator('option[data-kind="COOPERATES_WITH"]')
      .first()
      .getAttribute('value');
    await kind.selectOption(cooperates!);
    await editor.getByTestId('relationship-other').fill('上海有机所');
    await editor.getByTestId('relationship-other-hits').locator('button').first().click();
    await editor.getByTestId('relationship-year').fill('2024');
    await editor.getByTestId('relationship-add').click();
    await expect
      .poll(rows, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('上海有机化学研究所')]));
    // The map shows the new cooperation in place.
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            (
              window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }
            ).kgExplorer.cy.getElementById(id).length,
          `COOPERATES_WITH:${XINFA}->university:中国科学院上海有机化学研究所`,
        ),
      )
      .toBe(1);
    const wrong = page.getByTestId('relationship-row').filter({ hasText: '上海有机化学研究所' });
    await wrong.getByTestId('relationship-delete').click();
    await expect
      .poll(async () => (await rows()).some((row) => row.includes('上海有机化学研究所')))
      .toBe(false);
  });

  it('lists each change with the editor’s name, and undoes one', async () => {
    await page.getByTestId('history-toggle').click();
    const items = page.getByTestId('history-panel').getByTestId('history-item');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(4);
    expect((await items.locator('[data-testid="history-editor"]').allTextContents()).slice(0, 3)).toEqual([
      '王敏',
      '王敏',
      '王敏',
    ]);
    expect(await items.first().getAttribute('data-kind')).toBe('delete');
    await page.screenshot({ path: join(shots, 'history.png') });
    // Undo the deletion: the cooperation comes back.
    await items.first().getByTestId('history-undo').click();
    await expect.poll(() => items.first().getAttribute('data-kind'), { timeout: 10_000 }).toBe('undo');
    await select(XINFA);
    await expect
      .poll(rows, { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('上海有机化学研究所')]));
    // The entity's own history shows the edits of its relationships.
    await expect.poll(() => page.getByTestId('entity-history').textContent()).toContain('王敏');
  });

  it('signs out, after which nothing can be changed', async () => {
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-open').waitFor();
    await select(XINFA);
    expect(await page.getByTestId('edit-entity').count()).toBe(0);
    expect(await page.getByTestId('history-undo').count()).toBe(0);
  });
});
