/**
 * Every step of the issue in a real headless Chromium, on the real server and the seeded embedded store:
 * pinyin search, reading the map, expand/collapse/hide/pin with undo and redo, filters and layouts, paths,
 * a shared link reopening the same view, exports, English, the dashboard, and the size cap's message.
 * Each test saves a screenshot in a temporary folder (printed at the start).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type SeededApp } from '../server/test-support/start-seeded-app.ts';
import {
  drawnIds,
  emit,
  hasClass,
  idsWithClass,
  isVisible,
  positionOf,
  settled,
  visibleIds,
} from './explorer-page.ts';
import { launchBrowser, newCheckedPage, screenshotDir } from './launch-browser.ts';

const HEYI = 'enterprise:合益化工';
const HUIDONG = 'enterprise:汇东新能源';
const SIOC = 'university:中国科学院上海有机化学研究所';
const CAS = 'university:中国科学院';
const DALIAN = 'university:大连光明研究院';
const KENLI = 'region:垦利区';
const NEEDLE_COKE = 'project:针状焦项目';
const UPC = 'university:中国石油大学';

let app: SeededApp;
let browser: Browser;
let shots: string;
let page: Page;
let errors: string[];
const cspViolations: string[] = [];

beforeAll(async () => {
  app = await startSeededApp();
  // The article dates few relationships: give 汇东新能源's partnership and project years for the timeline.
  const edges = await app.store.edgesAmong([HUIDONG, UPC, NEEDLE_COKE]);
  await app.store.write({
    nodes: [],
    edges: edges.map((edge) => {
      if (edge.kind === 'COOPERATES_WITH') return { ...edge, props: { ...edge.props, year: 2018 } };
      if (edge.kind === 'PARTICIPATES_IN') return { ...edge, props: { ...edge.props, year: 2021 } };
      return edge;
    }),
  });
  browser = await launchBrowser();
  shots = screenshotDir();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function open(path = '/'): Promise<Page> {
  ({ page } = await newCheckedPage(
    browser,
    { viewport: { width: 1440, height: 900 }, acceptDownloads: true },
    cspViolations,
  ));
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.url}${path}`);
  await settled(page);
  return page;
}

afterEach(async () => {
  expect(errors).toEqual([]);
  // The whole UI works under the server's Content-Security-Policy.
  expect(cspViolations.splice(0)).toEqual([]);
  await page?.close();
});

function param(target: Page, name: string): string[] {
  return new URL(target.url()).searchParams.getAll(name);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

describe('a planner explores the 垦利区 network in a real browser', () => {
  it('finds 合益化工 by its pinyin initials hyhg with the keyboard, jumps to it and flashes it', async () => {
    await open();
    const input = page.getByTestId('search-input');
    await input.fill('hyhg');
    await expect
      .poll(() => page.getByTestId('search-hit').first().textContent(), { timeout: 10_000 })
      .toContain('合益化工');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');
    await expect.poll(() => param(page, 'focus')).toEqual([HEYI]);
    await expect
      .poll(() => drawnIds(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([DALIAN, SIOC]));
    await expect.poll(() => hasClass(page, HEYI, 'flash'), { timeout: 15_000, interval: 40 }).toBe(true);
    await shot('1-search-hyhg');

    // Full pinyin finds it too.
    await input.fill('heyihuagong');
    await expect
      .poll(() => page.getByTestId('search-hit').first().textContent(), { timeout: 10_000 })
      .toContain('合益化工');
  });

  it('reads the map: size by importance, relationship properties on hover, provenance in the details', async () => {
    await open(`/?focus=${encodeURIComponent(HEYI)}`);
    const sizes = await page.evaluate(
      ([a, b]) => {
        const cy = (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy;
        return [Number(cy.getElementById(a).data('size')), Number(cy.getElementById(b).data('size'))];
      },
      [KENLI, 'project:硼烷项目'] as const,
    );
    expect(sizes[0]).toBeGreaterThan(sizes[1] ?? Infinity);

    await emit(page, `PARTICIPATES_IN:${SIOC}->project:硼烷项目`, 'mouseover');
    const card = page.getByTestId('hover-card');
    await expect.poll(() => card.textContent()).toContain('参与项目');
    expect(await card.textContent()).toContain('30%');
    expect(await card.textContent()).toContain('技术入股');
    await shot('2-hover-edge');
    await emit(page, `PARTICIPATES_IN:${SIOC}->project:硼烷项目`, 'mouseout');

    await emit(page, DALIAN, 'tap');
    await expect
      .poll(() => page.getByTestId('detail-panel').textContent(), { timeout: 10_000 })
      .toContain('首创国内常温常压硼同位素分离技术');
    await shot('2-provenance');
  });

  it('expands with a double-click, collapses again, hides and pins, and undoes and redoes those steps', async () => {
    await open(`/?focus=${encodeURIComponent(HEYI)}`);
    expect(await drawnIds(page)).not.toContain(CAS);

    await emit(page, SIOC, 'dbltap');
    await expect.poll(() => drawnIds(page), { timeout: 10_000 }).toContain(CAS);
    expect(param(page, 'expand')).toEqual([SIOC]);
    expect(await hasClass(page, SIOC, 'expanded')).toBe(true);
    await settled(page);
    await shot('3-expanded');

    await emit(page, SIOC, 'dbltap');
    await expect.poll(() => drawnIds(page)).not.toContain(CAS);
    expect(param(page, 'expand')).toEqual([]);

    await page.getByTestId('undo').click();
    await expect.poll(() => drawnIds(page)).toContain(CAS);
    await page.getByTestId('redo').click();
    await expect.poll(() => drawnIds(page)).not.toContain(CAS);
    await page.keyboard.press('Control+z');
    await expect.poll(() => drawnIds(page)).toContain(CAS);

    await emit(page, DALIAN, 'tap');
    await page.getByTestId('hide-node').click();
    await expect.poll(() => isVisible(page, DALIAN)).toBe(false);
    expect(param(page, 'hide')).toEqual([DALIAN]);
    await expect.poll(() => page.getByTestId('show-hidden').textContent()).toContain('1');

    await emit(page, HEYI, 'tap');
    await page.getByTestId('toggle-pin').click();
    await expect.poll(() => hasClass(page, HEYI, 'pinned')).toBe(true);
    expect(param(page, 'pin')).toEqual([HEYI]);
    await shot('3-hidden-and-pinned');

    await page.getByTestId('undo').click();
    await expect.poll(() => hasClass(page, HEYI, 'pinned')).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(() => isVisible(page, DALIAN)).toBe(true);
    await page.getByTestId('redo').click();
    await expect.poll(() => isVisible(page, DALIAN)).toBe(false);
    await page.getByTestId('show-hidden').click();
    await expect.poll(() => isVisible(page, DALIAN)).toBe(true);
  });

  it('filters by kind with the legend, by domain and by year, and changes the layout', async () => {
    await open();
    await page.locator('[data-testid="legend"] [data-kind="Region"]').click();
    await expect.poll(() => isVisible(page, KENLI)).toBe(false);
    expect(param(page, 'hideKind')).toEqual(['Region']);
    await shot('4-legend-hides-regions');
    await page.locator('[data-testid="legend"] [data-kind="Region"]').click();
    await expect.poll(() => isVisible(page, KENLI)).toBe(true);

    await page.getByTestId('domain-filter').selectOption('domain:生物医药');
    await expect.poll(() => visibleIds(page)).toEqual(['domain:生物医药', KENLI]);
    expect(param(page, 'domain')).toEqual(['domain:生物医药']);
    await shot('4-domain-filter');
    await page.getByTestId('clear-filters').click();
    await expect.poll(async () => (await visibleIds(page)).length).toBeGreaterThan(10);

    await page.goto(`${app.url}/?focus=${encodeURIComponent(HUIDONG)}`);
    await settled(page);
    await page.getByTestId('years-toggle').check();
    await expect.poll(() => page.getByTestId('years-value').textContent()).toContain('2018–2021');
    const participates = `PARTICIPATES_IN:${HUIDONG}->${NEEDLE_COKE}`;
    expect(await isVisible(page, participates)).toBe(true);
    await page.getByTestId('years-to').fill('2018');
    await expect.poll(() => isVisible(page, participates)).toBe(false);
    expect(await isVisible(page, `COOPERATES_WITH:${HUIDONG}->${UPC}`)).toBe(true);
    expect(param(page, 'years')).toEqual(['2018-2018']);
    await shot('4-years-2018');

    await page.getByTestId('layout-select').selectOption('region');
    await expect
      .poll(async () => (await positionOf(page, KENLI)).y < (await positionOf(page, HUIDONG)).y, {
        timeout: 10_000,
      })
      .toBe(true);
    expect(param(page, 'layout')).toEqual(['region']);
    await settled(page);
    await shot('4-layout-by-region');
  });

  it('highlights the shortest paths between two entities picked by search and fades the rest', async () => {
    await open();
    await page.getByTestId('path-toggle').click();
    await page.getByTestId('path-from').fill('hdxny');
    await page.getByTestId('path-from-hit').first().click();
    await page.getByTestId('path-to').fill('hyhg');
    await page.getByTestId('path-to-hit').first().click();

    const items = page.getByTestId('path-item');
    await expect
      .poll(() => items.first().textContent(), { timeout: 15_000 })
      .toContain('汇东新能源 → 垦利区 → 合益化工');
    expect(await items.count()).toBeLessThanOrEqual(3);
    expect(param(page, 'from')).toEqual([HUIDONG]);
    expect(param(page, 'to')).toEqual([HEYI]);
    await expect
      .poll(() => idsWithClass(page, 'on-path'))
      .toEqual(expect.arrayContaining([HUIDONG, KENLI, HEYI]));
    expect((await idsWithClass(page, 'faded')).length).toBeGreaterThan(5);
    await settled(page);
    await shot('5-paths');

    await items.first().click();
    await expect
      .poll(() => idsWithClass(page, 'on-path'))
      .toEqual(
        [HUIDONG, KENLI, HEYI, `LOCATED_IN:${HUIDONG}->${KENLI}`, `LOCATED_IN:${HEYI}->${KENLI}`].sort(),
      );
    await page.getByTestId('path-clear').click();
    await expect.poll(() => idsWithClass(page, 'faded')).toEqual([]);
  });

  it('reopens exactly the same view from a shared link', async () => {
    await open(`/?focus=${encodeURIComponent(HEYI)}`);
    await emit(page, SIOC, 'dbltap');
    await expect.poll(() => drawnIds(page), { timeout: 10_000 }).toContain(CAS);
    await emit(page, DALIAN, 'tap');
    await page.getByTestId('hide-node').click();
    await emit(page, HEYI, 'tap');
    await page.getByTestId('toggle-pin').click();
    await page.getByTestId('path-to-here').click();
    await emit(page, CAS, 'tap');
    await page.getByTestId('path-from-here').click();
    await page.locator('[data-testid="legend"] [data-kind="Programme"]').click();
    await page.getByTestId('layout-select').selectOption('concentric');
    await expect.poll(() => idsWithClass(page, 'on-path'), { timeout: 15_000 }).toContain(SIOC);
    await settled(page);

    const link = page.url();
    const before = {
      visible: await visibleIds(page),
      onPath: await idsWithClass(page, 'on-path'),
      pinned: await idsWithClass(page, 'pinned'),
      expanded: await idsWithClass(page, 'expanded'),
    };
    expect(before.visible).not.toContain(DALIAN);
    expect(before.pinned).toEqual([HEYI]);
    await shot('6-before-sharing');
    await page.close();

    await open(link.slice(app.url.length));
    await expect.poll(() => visibleIds(page), { timeout: 15_000 }).toEqual(before.visible);
    await expect.poll(() => idsWithClass(page, 'on-path')).toEqual(before.onPath);
    expect(await idsWithClass(page, 'pinned')).toEqual(before.pinned);
    expect(await idsWithClass(page, 'expanded')).toEqual(before.expanded);
    expect(await page.getByTestId('layout-select').inputValue()).toBe('concentric');
    expect(
      await page.locator('[data-testid="legend"] [data-kind="Programme"]').getAttribute('aria-pressed'),
    ).toBe('false');
    await expect.poll(() => page.getByTestId('path-list').textContent()).toContain('中国科学院');
    await shot('6-reopened-from-link');
  });

  it('exports the visible view as PNG, CSV and JSON', async () => {
    await open(`/?focus=${encodeURIComponent(HEYI)}&hide=${encodeURIComponent(DALIAN)}`);
    const visible = await visibleIds(page);

    async function exported(format: string): Promise<{ name: string; bytes: Buffer }> {
      await page.getByTestId('export-menu').click();
      const [download] = (await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`export-${format}`).click(),
      ])) as [Download, void];
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: await readFile(path) };
    }

    const png = await exported('png');
    expect(png.name).toMatch(/^kg-合益化工-\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(0, 4).toString('hex')).toBe('89504e47');
    expect(png.bytes.length).toBeGreaterThan(10_000);

    const nodes = (await exported('nodes-csv')).bytes.toString('utf8');
    expect(nodes.startsWith('\uFEFF编号(id),类型(kind),名称(name)')).toBe(true);
    expect(nodes).toContain('合益化工');
    expect(nodes).not.toContain('大连光明研究院');
    expect(nodes.trim().split('\r\n')).toHaveLength(visible.length + 1);

    const edges = (await exported('edges-csv')).bytes.toString('utf8');
    expect(edges).toContain('参与项目');
    expect(edges).toContain('share=0.3');

    const json = JSON.parse((await exported('json')).bytes.toString('utf8')) as {
      nodes: Array<{ id: string }>;
    };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(visible);
    await shot('7-export-menu');
  });

  it('speaks English on request, and the dashboard focuses the map', async () => {
    await open();
    const dashboard = page.getByTestId('dashboard');
    await expect.poll(() => dashboard.textContent(), { timeout: 10_000 }).toContain('关键枢纽');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => dashboard.textContent()).toContain('Brokers');
    expect(await page.locator('.toolbar').first().textContent()).toContain('Layout');
    expect(await page.getByTestId('graph-summary').textContent()).toMatch(/entities/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.locator('[data-testid="dash-kind"][data-kind="Enterprise"]').click();
    await expect
      .poll(() => visibleIds(page))
      .toEqual((await drawnIds(page)).filter((id) => id.startsWith('enterprise:')).sort());
    await shot('8-english-enterprises-only');
    await page.locator('[data-testid="dash-kind"][data-kind="Enterprise"]').click();

    await page.getByTestId('dash-broker').nth(1).click();
    await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('Expand neighbours');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('detail-panel').textContent()).toContain('设为路径起点');
    await shot('8-dashboard-focus');
  });

  it('says clearly when a request is larger than can be drawn', async () => {
    ({ page } = await newCheckedPage(browser, { viewport: { width: 1440, height: 900 } }, cspViolations));
    errors = [];
    await page.goto(`${app.url}/?focus=${encodeURIComponent(KENLI)}&limit=5000`);
    const message = page.getByTestId('error-message');
    await expect.poll(() => message.textContent(), { timeout: 15_000 }).toContain('超过了一次能绘制的上限');
    expect(await message.textContent()).toContain('2000');
    await shot('9-too-large');
  });
});
