/**
 * A fresh directory for a test's database or files, inside the run's scratch directory (removed when
 * the run ends, see scratch-global-setup.ts); `removeScratch` frees one as soon as its test is done, so
 * the many databases of a run never pile up on a small disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    scratchRoot: string | undefined;
  }
}

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(inject('scratchRoot') ?? tmpdir(), `${prefix}-`));
}

export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
