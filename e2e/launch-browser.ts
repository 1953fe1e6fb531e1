/**
 * Real headless Chromium for end-to-end tests: Debian's `chromium` driven by playwright-core
 * (no browser downloads). CHROMIUM_PATH overrides the binary. A missing browser fails loudly.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh folder for screenshots, printed so a person can look. */
export function screenshotDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  console.log(`screenshots: ${dir}`);
  return dir;
}

/**
 * A page that records every Content-Security-Policy violation (the browser reports them on the console
 * and as `securitypolicyviolation` events): the whole UI must work under the server's CSP.
 */
export async function newCheckedPage(
  browser: Browser,
  options: Parameters<Browser['newPage']>[0] = {},
  cspViolations: string[] = [],
): Promise<{ page: Page; cspViolations: string[] }> {
  const page = await browser.newPage(options);
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) cspViolations.push(message.text());
  });
  await page.exposeFunction('kgReportCsp', (text: string) => cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { kgReportCsp: (text: string) => void }).kgReportCsp;
      report(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return { page, cspViolations };
}
