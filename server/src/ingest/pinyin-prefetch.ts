/**
 * Large imports compute the pinyin of new names on a second thread while the main thread reads, validates
 * and matches rows, so that writing the search keys finds them ready. Small imports never start the thread.
 * Best effort: if the thread cannot start, the forms are computed when the records are written, as always.
 * Names the graph already has need no forms: given them (`skipKnown`), the names are held until they are
 * known and only the others are sent, so that re-importing a file computes no pinyin at all.
 */
import { Worker } from 'node:worker_threads';
import type { PinyinForms, SearchKeys } from '#model';

const BATCH = 5_000;
/** Below this many names the thread costs more than it saves. */
const START_AT = 10_000;

export class PinyinPrefetch {
  private readonly seen = new Set<string>();
  private batch: string[] = [];
  private worker: Worker | null = null;
  private failed = false;
  private pending = 0;
  private idle: Array<() => void> = [];
  /** Names whose forms came back from the thread. */
  answered = 0;

  /** `keys`: the store's search-key service, which remembers the forms until `close()`. */
  constructor(private readonly keys: SearchKeys) {}

  /** Names held until `known` says which the graph already has; null when not waiting. */
  private waiting: Promise<void> | null = null;
  private known: ((name: string) => boolean) | null = null;

  add(name: string): void {
    if (this.failed || !name || this.seen.has(name)) return;
    this.seen.add(name);
    if (this.known?.(name)) return;
    this.batch.push(name);
    if (!this.waiting && this.batch.length >= BATCH && this.seen.size >= START_AT) this.flush();
  }

  /** Holds the names until `known` arrives, then sends only those it does not know. */
  skipKnown(known: Promise<(name: string) => boolean>): void {
    const waiting = known.then(
      (isKnown) => {
        this.known = isKnown;
        this.batch = this.batch.filter((name) => !isKnown(name));
      },
      () => undefined,
    );
    this.waiting = waiting.then(() => {
      this.waiting = null;
      if (this.batch.length >= BATCH && this.seen.size >= START_AT) this.flush();
    });
  }

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const target = new URL('./pinyin-worker.ts', import.meta.url).href;
      // The worker loads TypeScript through tsx, as the main program does.
      const code = `const { register } = await import('tsx/esm/api'); register(); await import(${JSON.stringify(target)});`;
      const worker = new Worker(code, { eval: true });
      worker.on('message', (entries: Array<[string, PinyinForms | null]>) => {
        this.keys.remember(entries);
        this.answered += entries.length;
        this.pending -= 1;
        if (this.pending === 0) for (const resolve of this.idle.splice(0)) resolve();
      });
      worker.on('error', () => this.fail());
      // Not unref'd: an import awaiting its answers must keep the process alive; close() ends it.
      this.worker = worker;
    } catch {
      this.fail();
    }
    return this.worker;
  }

  private fail(): void {
    this.failed = true;
    this.pending = 0;
    for (const resolve of this.idle.splice(0)) resolve();
  }

  private flush(): void {
    const worker = this.start();
    if (!worker || this.batch.length === 0) return;
    worker.postMessage(this.batch);
    this.pending += 1;
    this.batch = [];
  }

  /** Sends what is left (when the thread runs) and waits for every answer. */
  async settle(): Promise<void> {
    if (this.waiting) await this.waiting;
    if (this.worker) this.flush();
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  async close(): Promise<void> {
    this.keys.forget();
    await this.worker?.terminate();
    this.worker = null;
  }
}
