/**
 * The 1+N need register in a real browser, on every backend under test: an editor records a need for 合益化工
 * (硼烷衍生物 工艺放大, 技术), asks who could help, records a 对接 with 中国科学院上海有机化学研究所 from the
 * recommendation, moves the need to 对接中 and then to 已解决 with 资金配套; the dashboard's counts and charts
 * follow; the 招商 panel lists the region's unmet need and draws a candidate's evidence; the register exports
 * to XLSX (read back with exceljs); undoing the last status change restores it; the 简报 prints on one page;
 * a visitor who is not signed in sees everything and can change nothing. Screenshots for the README.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, type SeededApp } from '../server/test-support/start-seeded-app.ts';
import { testBackends } from '../server/test-support/test-backends.ts';
import { drawnIds, idsWithClass, settled } from './explorer-page.ts';
import { openSeededPage, type SeededPage } from './seeded-page.ts';

const KEY = 'e2e-register-key';
const NEED = 'need:硼烷衍生物工艺放大';
const SIOC = 'university:中国科学院上海有机化学研究所';
/** Recommendations are computed on a small shared machine: steps get time. */
const STEP = 120_000;
const POLL = { timeout: 30_000 };

/** How the map draws 对接 records: how many Engagement nodes, and whether their relationships are dashed. */
function engagementDrawing(page: Page): Promise<{ nodes: number; dashed: boolean }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: import('cytoscape').Core } }).kgExplorer.cy;
    const edges = cy.edges('[kind = "ENGAGEMENT_FOR"]');
    return {
      nodes: cy.nodes('[kind = "Engagement"]').length,
      dashed: edges.length > 0 && edges.every((edge) => edge.style('line-style') === 'dashed'),
    };
  });
}

describe.each(testBackends())('the need register in a browser on $name', (backend) => {
  let seeded: SeededPage | undefined;
  let app: SeededApp;
  let page: Page;
  let shots: string;
  const errors: string[] = [];

  beforeAll(async () => {
    seeded = await openSeededPage({ editorKeys: [`王敏:${KEY}`], backend });
    ({ app, page, shots } = seeded);
    page.on('pageerror', (error) => errors.push(error.message));
    // Undoing asks for confirmation.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(app.url);
    await settled(page);
  });
  afterAll(() => seeded?.close());

  const summary = (chart: string) => page.getByTestId(`chart-${chart}`).getAttribute('data-summary');
  const kpi = (name: string) => page.getByTestId(`kpi-${name}`).textContent();
  const tab = async (name: string) => {
    await page.getByTestId(`register-tab-${name}`).click();
  };
  const needStatus = () => page.getByTestId('need-card').getByTestId('need-status').textContent();

  it(
    'shows a visitor the register with no way to change it',
    async () => {
      await page.getByTestId('register-toggle').click();
      await page.getByTestId('register-workspace').waitFor();
      await expect.poll(() => page.getByTestId('register-total').textContent(), POLL).toContain('0');
      expect(await page.getByTestId('register-add').count()).toBe(0);
      const answer = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { recordNeed(input: { enterpriseId: "enterprise:合益化工", name: "访客" }) { need { id } } }',
          }),
        });
        return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
    STEP,
  );

  it(
    'lets an editor record a need for 合益化工',
    async () => {
      await page.getByTestId('sign-in-open').click();
      await page.getByTestId('sign-in-key').fill(KEY);
      await page.getByTestId('sign-in-submit').click();
      await expect.poll(() => page.getByTestId('signed-in-as').textContent(), POLL).toContain('王敏');
      await page.getByTestId('register-add').click();
      await page.getByTestId('need-form-enterprise').fill('合益');
      await page.getByTestId('need-form-enterprise-hit').first().click();
      await expect
        .poll(() => page.getByTestId('need-form-enterprise-name').textContent(), POLL)
        .toBe('合益化工');
      await page.getByTestId('need-form-name').fill('硼烷衍生物 工艺放大');
      await page.getByTestId('need-form-type').selectOption('技术');
      await page.getByTestId('need-form-domain').fill('硼烷');
      await page.getByTestId('need-form-domain-hit').first().click();
      await page.getByTestId('need-form-save').click();
      const row = page.locator(`[data-testid="register-row"][data-need-id="${NEED}"]`);
      await row.waitFor({ timeout: 10_000 });
      expect(await row.getByTestId('register-row-status').textContent()).toBe('待对接');
      await expect.poll(needStatus, POLL).toBe('待对接');
    },
    STEP,
  );

  it(
    'asks who could help and records a 对接 with the institute recommended, in one click',
    async () => {
      await page.getByTestId('need-who-can-help').click();
      await page.getByTestId('help-panel').waitFor();
      await expect
        .poll(() => page.getByTestId('help-for-need').textContent())
        .toContain('硼烷衍生物 工艺放大');
      const action = page.locator(`[data-testid="engagement-action"][data-entity-id="${SIOC}"]`);
      await action.waitFor({ timeout: 60_000 });
      await action.getByTestId('engagement-record').click();
      await expect
        .poll(() => action.getByTestId('engagement-recorded').textContent())
        .toContain('中国科学院上海有机化学研究所');
      await expect
        .poll(() => page.getByTestId('need-engagements').textContent())
        .toContain('中国科学院上海有机化学研究所');
      expect(await page.getByTestId('need-engagement').first().textContent()).toContain('→');
    },
    STEP,
  );

  it(
    'lists the open need among the region’s 招商 needs and draws a candidate’s evidence on the map',
    async () => {
      await tab('invite');
      const invitation = page.locator(`[data-testid="invitation"][data-need-id="${NEED}"]`);
      await invitation.waitFor({ timeout: 60_000 });
      const candidate = invitation.getByTestId('invitation-candidate').first();
      const candidateId = await candidate.getAttribute('data-entity-id');
      await candidate.click();
      await expect.poll(() => idsWithClass(page, 'on-path'), { timeout: 10_000 }).toContain(candidateId);
      await candidate.click();
    },
    STEP,
  );

  it(
    'moves the need to 对接中 and to 已解决 with 资金配套, the dashboard following',
    async () => {
      await tab('dashboard');
      await expect.poll(() => kpi('total'), POLL).toBe('1');
      expect(await kpi('open')).toBe('1');
      await expect.poll(() => summary('status'), POLL).toContain('待对接 1');
      expect(await summary('engagement')).toContain('座谈 1');

      await tab('register');
      await page.locator(`[data-testid="register-row"][data-need-id="${NEED}"]`).click();
      await page.getByTestId('status-to-对接中').check();
      await page.getByTestId('status-submit').click();
      await expect.poll(needStatus, POLL).toBe('对接中');
      await page.getByTestId('status-to-已解决').check();
      await page.getByTestId('status-support-amount').fill('50万元');
      await page.getByTestId('status-support-policy').fill('关于加快区域科技创新体系建设的意见');
      await page.getByTestId('status-submit').click();
      await expect.poll(needStatus, POLL).toBe('已解决');
      expect(await page.getByTestId('need-support').textContent()).toContain('500,000');

      // Shown on the map: the need with its 对接, drawn as a node of its own with dashed relationships.
      await page.getByTestId('need-show-on-map').click();
      await expect.poll(() => drawnIds(page), POLL).toContain(NEED);
      const drawn = await engagementDrawing(page);
      expect(drawn.nodes).toBeGreaterThan(0);
      expect(drawn.dashed).toBe(true);
      await page.setViewportSize({ width: 1400, height: 1200 });
      await page.locator('.register-body').evaluate((element) => element.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, 'register.png') });

      await tab('dashboard');
      await expect.poll(() => kpi('solved'), POLL).toBe('1');
      expect(await kpi('open')).toBe('0');
      await expect.poll(() => summary('status'), POLL).toContain('已解决 1');
      expect(await summary('status')).toContain('待对接 0');
      expect(await summary('month')).toMatch(/提出1\/解决1/u);
      await page.screenshot({ path: join(shots, 'dashboard.png') });
      await page.setViewportSize({ width: 1400, height: 900 });
      // The README's pictures are refreshed on request only: a test run leaves the checkout as it found it.
      if (backend.name.startsWith('kuzu') && process.env.UPDATE_DOC_SCREENSHOTS === '1') {
        mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
        copyFileSync(join(shots, 'register.png'), join(REPO_ROOT, 'docs/register.png'));
        copyFileSync(join(shots, 'dashboard.png'), join(REPO_ROOT, 'docs/dashboard.png'));
      }
    },
    STEP,
  );

  it(
    'exports the register to an XLSX file that holds its rows',
    async () => {
      await tab('register');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('register-export-xlsx').click(),
      ]);
      const file = join(shots, 'register.xlsx');
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['企业名称', '需求名称', '状态']));
      const row = (sheet.getRow(3).values as unknown[]).slice(1);
      expect(row).toEqual(
        expect.arrayContaining(['合益化工', '硼烷衍生物 工艺放大', '技术', '已解决', 500000]),
      );
      expect(sheet.rowCount).toBe(3);
    },
    STEP,
  );

  it(
    'prints the 简报 on one page',
    async () => {
      await tab('briefing');
      await expect
        .poll(() => page.getByTestId('briefing').textContent())
        .toContain('中国科学院上海有机化学研究所');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? [];
      expect(pages).toHaveLength(1);
    },
    STEP,
  );

  it(
    'undoes the last status change from the history, restoring 对接中',
    async () => {
      await tab('register');
      await page.locator(`[data-testid="register-row"][data-need-id="${NEED}"]`).click();
      await page.getByTestId('history-toggle').click();
      const latest = page.getByTestId('history-panel').getByTestId('history-item').first();
      await expect.poll(() => latest.textContent(), POLL).toContain('已解决');
      await latest.getByTestId('history-undo').click();
      await expect.poll(needStatus, { timeout: 10_000 }).toBe('对接中');
      expect(await page.getByTestId('need-support').count()).toBe(0);
    },
    STEP,
  );

  it(
    'shows a visitor who signed out everything and no way to change it',
    async () => {
      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in-open').waitFor();
      await expect.poll(() => page.getByTestId('register-add').count(), POLL).toBe(0);
      expect(await page.getByTestId('status-form').count()).toBe(0);
      expect(await needStatus()).toBe('对接中');
      expect(errors).toEqual([]);
    },
    STEP,
  );
});
