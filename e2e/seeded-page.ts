/**
 * The setup the single-page browser tests share: the real server on the seeded store (embedded unless a
 * backend is given), headless Chromium, one page (1400×900) that records Content-Security-Policy
 * violations, and a folder for screenshots.
 * Closing checks that the whole UI worked under the server's CSP, then stops the browser and the server.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startSeededApp, type SeededApp } from '../server/test-support/start-seeded-app.ts';
import type { TestBackend } from '../server/test-support/test-backends.ts';
import { launchBrowser, newCheckedPage, screenshotDir } from './launch-browser.ts';

export interface SeededPage {
  readonly app: SeededApp;
  readonly browser: Browser;
  readonly page: Page;
  /** Where the test saves its screenshots. */
  readonly shots: string;
  readonly close: () => Promise<void>;
}

export async function openSeededPage(
  options: { editorKeys?: readonly string[]; backend?: TestBackend } = {},
): Promise<SeededPage> {
  const app = await startSeededApp(
    options.backend,
    options.editorKeys ? { editorKeys: options.editorKeys } : {},
  );
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const { page, cspViolations } = await newCheckedPage(browser, { viewport: { width: 1400, height: 900 } });
    return seededPage(app, browser, page, cspViolations);
  } catch (error) {
    // No page to test on: nothing is left running.
    await browser?.close();
    await app.stop();
    throw error;
  }
}

function seededPage(
  app: SeededApp,
  browser: Browser,
  page: Page,
  cspViolations: readonly string[],
): SeededPage {
  const shots = screenshotDir();
  async function close() {
    try {
      // The whole UI works under the server's Content-Security-Policy.
      expect(cspViolations).toEqual([]);
    } finally {
      await browser.close();
      await app.stop();
    }
  }
  return { app, browser, page, shots, close };
}
