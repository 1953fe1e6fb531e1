/**
 * `npm run bench:client`: opens the built client (client/dist, served here without the API) in headless
 * Chromium on synthetic views of 1,000, 5,000 and 20,000 entities with twice as many relationships
 * (`?bench=<n>`, see client/src/bench/), and reports time to first draw and frame times while panning and
 * zooming with the mouse, on the canvas renderer and, where it works, on Cytoscape's WebGL renderer.
 * Each case runs --repeat times (default 3) in a fresh browser: first-draw figures are medians, frame times
 * pooled. A gesture stops after 20 s (the WebGL renderer on a software GL can take seconds a frame).
 * Options: --sizes=1000,5000 --renderers=canvas,webgl --repeat=3 --json
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/launch-browser.ts';
import { serveStatic } from '../server/src/http/serve-static.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLIENT_DIR = join(ROOT, 'client/dist');
const VIEWPORT = { width: 1280, height: 800 };
const DRAW_TIMEOUT_MS = 120_000;
const GESTURE_BUDGET_MS = 20_000;

type RendererName = 'canvas' | 'webgl';

interface Frames {
  readonly median: number;
  readonly p90: number;
  readonly count: number;
}

interface Run {
  readonly firstDrawMs: number | null;
  readonly drawMs: number | null;
  readonly pan: readonly number[];
  readonly zoom: readonly number[];
  readonly usedRenderer: string;
  readonly edges: number;
  readonly error: string | null;
}

interface Result {
  readonly runs: number;
  readonly nodes: number;
  readonly edges: number;
  readonly renderer: RendererName;
  readonly usedRenderer: string;
  readonly firstDrawMs: number | null;
  readonly drawMs: number | null;
  readonly pan: Frames | null;
  readonly zoom: Frames | null;
  readonly error: string | null;
}

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summarise(intervals: readonly number[]): Frames {
  const sorted = [...intervals].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), count: sorted.length };
}

async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    serveStatic(CLIENT_DIR, new URL(req.url ?? '/', 'http://localhost'), req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Canvas: the same flags as the browser tests. WebGL: SwiftShader, the only GL a GPU-less machine has. */
function launch(renderer: RendererName): Promise<Browser> {
  const common = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
  const gl =
    renderer === 'webgl'
      ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
      : ['--disable-gpu'];
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...common, ...gl] });
}

/** Set when a gesture ran out of its time budget, to say so beside the figures. */
let cutShort = false;

async function drag(page: Page, steps: number): Promise<void> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const started = Date.now();
  for (let i = 1; i <= steps && Date.now() - started < GESTURE_BUDGET_MS; i += 1) {
    const angle = (i / steps) * 2 * Math.PI;
    await page.mouse.move(
      cx - 150 + (300 * i) / steps + 120 * Math.sin(angle),
      cy + 120 * Math.sin(2 * angle),
    );
    await page.waitForTimeout(16);
    if (i < steps && Date.now() - started >= GESTURE_BUDGET_MS) cutShort = true;
  }
  await page.mouse.up();
}

/** Zooms in for half the steps and out again; returns the zoom at the turn. */
async function wheel(page: Page, steps: number): Promise<number> {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  let peak = 0;
  const started = Date.now();
  for (let i = 0; i < steps && Date.now() - started < GESTURE_BUDGET_MS; i += 1) {
    if (i === steps / 2) peak = await page.evaluate(() => window.kgBench?.cy?.zoom() ?? 0);
    await page.mouse.wheel(0, i < steps / 2 ? -120 : 120);
    await page.waitForTimeout(30);
    if (i < steps - 1 && Date.now() - started >= GESTURE_BUDGET_MS) cutShort = true;
  }
  // Cut short by the time budget while still zooming in: the zoom reached is the peak.
  if (peak === 0) peak = await page.evaluate(() => window.kgBench?.cy?.zoom() ?? 0);
  return peak;
}

async function measure(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => window.kgBench?.startFrames());
  await action();
  return page.evaluate(() => window.kgBench?.stopFrames() ?? []);
}

async function runOne(base: string, nodes: number, renderer: RendererName): Promise<Run> {
  cutShort = false;
  const browser = await launch(renderer);
  const failures: string[] = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('crash', () => failures.push('page crashed'));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    await page.goto(`${base}/?bench=${nodes}&renderer=${renderer}`);
    await page.waitForFunction(
      () => window.kgBench && (window.kgBench.drawMs !== null || window.kgBench.error),
      null,
      {
        timeout: DRAW_TIMEOUT_MS,
      },
    );
    const drawn = await page.evaluate(() => {
      const bench = window.kgBench;
      // Dragging anywhere pans, as on the background: at these sizes there is hardly any background left.
      bench?.cy?.elements().panify();
      return {
        firstDrawMs: bench?.firstDrawMs ?? null,
        drawMs: bench?.drawMs ?? null,
        edges: bench?.edges ?? 0,
        used: bench?.renderer ?? '?',
        error: bench?.error ?? null,
      };
    });
    await page.waitForTimeout(500);
    const viewport = () =>
      page.evaluate(() => {
        const cy = window.kgBench?.cy;
        return cy ? { ...cy.pan(), zoom: cy.zoom() } : { x: 0, y: 0, zoom: 0 };
      });
    const before = await viewport();
    const pan = await measure(page, () => drag(page, 90));
    const panned = await viewport();
    await page.waitForTimeout(300);
    let peakZoom = 0;
    const zoom = await measure(page, async () => {
      peakZoom = await wheel(page, 40);
    });
    // A benchmark that did not move the view would measure nothing: say so.
    if (before.x === panned.x && before.y === panned.y) failures.push('the drag did not pan');
    if (peakZoom <= panned.zoom) failures.push('the wheel did not zoom');
    if (cutShort) failures.push(`gestures cut at ${GESTURE_BUDGET_MS / 1000} s`);
    return {
      edges: drawn.edges,
      usedRenderer: drawn.used,
      firstDrawMs: drawn.firstDrawMs,
      drawMs: drawn.drawMs,
      pan,
      zoom,
      error: drawn.error ?? (failures.length > 0 ? failures.slice(0, 3).join(' | ') : null),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      edges: 2 * nodes,
      usedRenderer: '?',
      firstDrawMs: null,
      drawMs: null,
      pan: [],
      zoom: [],
      error: [message, ...failures.slice(0, 3)].join(' | '),
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function median(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : quantile(known, 0.5);
}

async function runCase(base: string, nodes: number, renderer: RendererName, repeat: number): Promise<Result> {
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i += 1) runs.push(await runOne(base, nodes, renderer));
  const errors = [...new Set(runs.flatMap((run) => (run.error ? [run.error] : [])))];
  const pan = runs.flatMap((run) => run.pan);
  const zoom = runs.flatMap((run) => run.zoom);
  return {
    runs: runs.length,
    nodes,
    edges: runs[0]?.edges ?? 2 * nodes,
    renderer,
    usedRenderer: runs[0]?.usedRenderer ?? '?',
    firstDrawMs: median(runs.map((run) => run.firstDrawMs)),
    drawMs: median(runs.map((run) => run.drawMs)),
    pan: pan.length > 0 ? summarise(pan) : null,
    zoom: zoom.length > 0 ? summarise(zoom) : null,
    error: errors.length > 0 ? errors.join(' / ') : null,
  };
}

function ms(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(1);
}

function fps(frames: Frames | null): string {
  return frames && frames.median > 0 ? (1000 / frames.median).toFixed(0) : '—';
}

async function main(): Promise<void> {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error('client/dist is missing: run `npm run build`');
  const sizes = option('sizes', '1000,5000,20000').split(',').map(Number);
  const renderers = option('renderers', 'canvas,webgl').split(',') as RendererName[];
  const repeat = Math.max(1, Number(option('repeat', '3')) || 1);
  const loadBefore = loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
  const { server, url } = await serve();
  const results: Result[] = [];
  try {
    for (const renderer of renderers) {
      for (const nodes of sizes) {
        const result = await runCase(url, nodes, renderer, repeat);
        results.push(result);
        console.error(
          `${renderer} ${nodes}: first draw ${ms(result.firstDrawMs)} ms, pan ${ms(result.pan?.median)}/${ms(result.pan?.p90)} ms` +
            `${result.error ? ` — ${result.error}` : ''}`,
        );
      }
    }
  } finally {
    server.close();
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log(
    `\nMachine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${repeat} runs per case; load average before: ${loadBefore}\n`,
  );
  console.log(
    '| Renderer (used) | Nodes | Edges | First draw (ms since navigation) | Draw (ms) | Pan frame median / p90 (ms) | Pan fps | Zoom frame median / p90 (ms) | Zoom fps | Notes |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    console.log(
      `| ${r.renderer} (${r.usedRenderer}) | ${r.nodes} | ${r.edges} | ${ms(r.firstDrawMs)} | ${ms(r.drawMs)} | ` +
        `${ms(r.pan?.median)} / ${ms(r.pan?.p90)} | ${fps(r.pan)} | ${ms(r.zoom?.median)} / ${ms(r.zoom?.p90)} | ${fps(r.zoom)} | ${r.error ?? ''} |`,
    );
  }
}

await main();
