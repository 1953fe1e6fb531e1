/**
 * 机会 · The opportunities layer in a real browser: off by default; one click in the toolbar draws, for the
 * enterprises in view around 合益化工, their strongest suggested partners as dashed edges labelled with the
 * score; choosing one shows its card (score, signals, evidence in words) and highlights its evidence on the
 * map; a second click takes the layer off again.
 */
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededApp } from '../server/test-support/start-seeded-app.ts';
import { emit, settled } from './explorer-page.ts';
import { openSeededPage, type SeededPage } from './seeded-page.ts';

const HEYI = 'enterprise:合益化工';
const PARTNERS = ['university:中国科学院上海有机化学研究所', 'university:大连光明研究院'];

let seeded: SeededPage | undefined;
let app: SeededApp;
let page: Page;
let shots: string;

beforeAll(async () => {
  seeded = await openSeededPage();
  ({ app, page, shots } = seeded);
});

afterAll(() => seeded?.close());

interface DrawnSuggestion {
  readonly id: string;
  readonly target: string;
  readonly label: string;
  readonly lineStyle: string;
}

function suggestionsOf(target: Page, enterprise: string): Promise<DrawnSuggestion[]> {
  return target.evaluate((from) => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return cy
      .edges('[kind = "SUGGESTED"]')
      .filter((edge) => edge.data('source') === from)
      .map((edge) => ({
        id: edge.id(),
        target: String(edge.data('target')),
        label: String(edge.style('label')),
        lineStyle: String(edge.style('line-style')),
      }));
  }, enterprise);
}

function onPath(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy
      .elements('.on-path')
      .map((element) => element.id())
      .sort(),
  );
}

describe('机会 · the opportunities layer, in a browser', () => {
  it('is off until asked, then draws dashed suggestions for 合益化工 with their score', async () => {
    await page.goto(`${app.url}/?focus=${encodeURIComponent(HEYI)}`);
    await settled(page);
    expect(await suggestionsOf(page, HEYI)).toEqual([]);

    await page.getByTestId('opportunities-toggle').click();
    await expect
      .poll(async () => (await suggestionsOf(page, HEYI)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const drawn = await suggestionsOf(page, HEYI);
    for (const suggestion of drawn) {
      expect(suggestion.lineStyle).toBe('dashed');
      expect(suggestion.label).toMatch(/建议 \d+(\.\d+)?%/);
      // Never a partner it already has.
      expect(PARTNERS).not.toContain(suggestion.target);
    }
    await page.screenshot({ path: join(shots, 'opportunities-layer.png') });
  });

  it('choosing a suggestion shows its score and evidence, and highlights the evidence on the map', async () => {
    const [first] = await suggestionsOf(page, HEYI);
    expect(first).toBeDefined();
    await emit(page, first?.id ?? '', 'tap');
    const card = page.getByTestId('suggestion-card');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByTestId('suggestion-pair').textContent()).toContain('合益化工');
    expect(await card.getByTestId('suggestion-score').textContent()).toMatch(/\d+(\.\d+)?%/);
    const evidence = card.getByTestId('suggestion-evidence');
    expect(await evidence.count()).toBeGreaterThan(0);
    expect(await evidence.first().textContent()).toContain('→');

    await expect.poll(() => onPath(page), { timeout: 10_000 }).toContain(first?.target ?? '');
    const highlighted = await onPath(page);
    expect(highlighted).toContain(HEYI);
    // The evidence runs through something between the two, not only the dashed edge itself.
    expect(
      highlighted.filter((id) => id !== HEYI && id !== first?.target && !id.startsWith('suggested:')).length,
    ).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'opportunities-evidence.png') });
  });

  it('a second click takes the layer and its evidence off the map', async () => {
    await page.getByTestId('opportunities-toggle').click();
    await expect.poll(async () => (await suggestionsOf(page, HEYI)).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => onPath(page), { timeout: 10_000 }).toEqual([]);
  });
});
