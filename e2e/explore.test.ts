/**
 * The spine end to end in a real browser: the built client served by the real server on the seeded
 * embedded store; a planner searches 合益 and sees 合益化工's partnership network drawn.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededApp } from '../server/test-support/start-seeded-app.ts';
import { openSeededPage, type SeededPage } from './seeded-page.ts';

let seeded: SeededPage | undefined;
let app: SeededApp;
let page: Page;
let shots: string;

beforeAll(async () => {
  seeded = await openSeededPage();
  ({ app, page, shots } = seeded);
});

// Checks that the whole UI worked under the server's Content-Security-Policy, then closes.
afterAll(() => seeded?.close());

async function drawnNames(target: Page): Promise<string[]> {
  return target.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy;
    return cy.nodes().map((node) => String(node.data('name')));
  });
}

describe('exploring the 垦利区 network in a browser', () => {
  it('searching 合益 draws 合益化工 with its partners and projects', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.getByTestId('search-input').fill('合益');
    const hit = page.getByTestId('search-hit').first();
    await expect.poll(() => hit.textContent(), { timeout: 10_000 }).toContain('合益化工');
    await hit.click();
    await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout: 15_000 });
    await expect
      .poll(() => drawnNames(page), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining(['合益化工', '大连光明研究院', '中国科学院上海有机化学研究所', '硼烷项目']),
      );
    expect(new URL(page.url()).searchParams.get('focus')).toBe('enterprise:合益化工');
    await page.screenshot({ path: join(shots, 'search-heyi.png') });
    expect(errors).toEqual([]);
  });

  it('clicking a node shows its details and the article sentence it comes from', async () => {
    await page.evaluate(() => {
      const cy = (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy;
      cy.getElementById('university:大连光明研究院').emit('tap');
    });
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.textContent(), { timeout: 5_000 }).toContain('大连光明研究院');
    // Details and provenance load after the click.
    await expect
      .poll(() => panel.textContent(), { timeout: 5_000 })
      .toContain('首创国内常温常压硼同位素分离技术');
    await page.screenshot({ path: join(shots, 'detail-dalian.png') });
  });
});
