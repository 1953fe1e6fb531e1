/**
 * Vitest global setup: one scratch directory for the whole run, where tests put their databases and
 * files (scratch-dir.ts), removed when the run ends so a run leaves nothing behind in the temp directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './scratch-dir.ts';

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'kg-tests-'));
  project.provide('scratchRoot', root);
  return () => rmSync(root, { recursive: true, force: true });
}
