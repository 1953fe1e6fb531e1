/**
 * Helpers for the browser tests: read the live Cytoscape instance the explorer exposes on window.kgExplorer
 * (drawn and visible ids, classes) and wait until the graph has settled.
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

type KgWindow = Window & { kgExplorer: { cy: Core } };

export function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as KgWindow).kgExplorer.cy.nodes().map((n) => n.id()));
}

export function visibleIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as KgWindow).kgExplorer.cy
      .nodes(':visible')
      .map((n) => n.id())
      .sort(),
  );
}

export function hasClass(page: Page, id: string, className: string): Promise<boolean> {
  return page.evaluate(
    ([elementId, name]) =>
      (window as unknown as KgWindow).kgExplorer.cy.getElementById(elementId).hasClass(name),
    [id, className] as const,
  );
}

export function isVisible(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    (elementId) => (window as unknown as KgWindow).kgExplorer.cy.getElementById(elementId).visible(),
    id,
  );
}

export function idsWithClass(page: Page, className: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      (window as unknown as KgWindow).kgExplorer.cy
        .elements(`.${name}`)
        .map((e) => e.id())
        .sort(),
    className,
  );
}

export function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (elementId) => ({
      ...(window as unknown as KgWindow).kgExplorer.cy.getElementById(elementId).position(),
    }),
    id,
  );
}

/** Emits a Cytoscape event on an element, as a tap, double-tap or hover would. */
export function emit(page: Page, id: string, event: string): Promise<void> {
  return page.evaluate(
    ([elementId, name]) => {
      (window as unknown as KgWindow).kgExplorer.cy.getElementById(elementId).emit(name);
    },
    [id, event] as const,
  );
}

/** Waits until the graph is drawn and laid out, and the explorer has nothing more to load. */
export async function settled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout });
  await page.waitForSelector('[data-testid="graph-summary"]', { timeout });
}
