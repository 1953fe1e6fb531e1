/**
 * 谁能帮助 · Who could help end to end in a real browser: the built client served by the real server on the
 * seeded embedded store; a planner types the need 硼烷 医药中间体, sees 中国科学院上海有机化学研究所 ranked
 * first with its score, signals and evidence, and chooses it to see the evidence drawn and highlighted.
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

interface DrawnNode {
  readonly id: string;
  readonly onPath: boolean;
  readonly faded: boolean;
}

async function drawnNodes(target: Page): Promise<DrawnNode[]> {
  return target.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy;
    return cy.nodes().map((node) => ({
      id: node.id(),
      onPath: node.hasClass('on-path'),
      faded: node.hasClass('faded'),
    }));
  });
}

describe('谁能帮助 · who could help, in a browser', () => {
  const errors: string[] = [];

  it('ranks 中国科学院上海有机化学研究所 first for the need 硼烷 医药中间体', async () => {
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout: 15_000 });
    await page.getByTestId('help-toggle').click();
    const panel = page.getByTestId('help-panel');
    await panel.waitFor({ timeout: 5_000 });
    await page.getByTestId('help-need').fill('硼烷 医药中间体');
    await page.getByTestId('help-submit').click();

    const first = page.getByTestId('help-item').first();
    await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
    expect(await first.getByTestId('help-item-name').textContent()).toBe('中国科学院上海有机化学研究所');
    expect(await first.getByTestId('help-item-score').textContent()).toMatch(/匹配度 \d+%/);
    expect(await page.getByTestId('help-fields').textContent()).toContain('硼烷');
    // One bar per contributing signal, and the evidence in words.
    expect(await first.locator('.help-bar-row').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('help-evidence').first().textContent()).toContain('→');
    expect(errors).toEqual([]);
  });

  it('choosing it draws its evidence on the map and highlights it, the rest faded', async () => {
    const first = page.getByTestId('help-item').first();
    const candidate = await first.getAttribute('data-entity-id');
    expect(candidate).toBeTruthy();
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');

    await expect
      .poll(
        async () => {
          const nodes = await drawnNodes(page);
          const byId = new Map(nodes.map((n) => [n.id, n]));
          return {
            project: byId.get('project:硼烷项目')?.onPath ?? false,
            candidate: byId.get(candidate ?? '')?.onPath ?? false,
            someFaded: nodes.some((n) => n.faded),
          };
        },
        { timeout: 10_000 },
      )
      .toEqual({ project: true, candidate: true, someFaded: true });

    // Every node of the answer's evidence is drawn (merged into the map as an expansion is), and none is
    // both highlighted and faded.
    const answer = await app.graphql<{ recommendPartners: { evidence: { nodes: Array<{ id: string }> } } }>(
      `query { recommendPartners(need: "硼烷 医药中间体") { evidence { nodes { id } } } }`,
    );
    const evidenceIds = answer.data?.recommendPartners.evidence.nodes.map((n) => n.id) ?? [];
    expect(evidenceIds).toContain('project:硼烷项目');
    const nodes = await drawnNodes(page);
    const drawn = new Set(nodes.map((n) => n.id));
    expect(evidenceIds.filter((id) => !drawn.has(id))).toEqual([]);
    expect(nodes.filter((n) => n.onPath && n.faded)).toEqual([]);
    await page.screenshot({ path: join(shots, 'who-can-help.png') });

    // Choosing it again shows the whole map again.
    await first.click();
    await expect
      .poll(async () => (await drawnNodes(page)).some((n) => n.onPath || n.faded), { timeout: 5_000 })
      .toBe(false);
    expect(errors).toEqual([]);
  });
});
