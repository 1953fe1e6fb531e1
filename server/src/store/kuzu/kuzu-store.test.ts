/** Runs the store contract against the embedded kuzu store, on a fresh temporary database per test. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineStoreContract } from '../define-store-contract.ts';
import { createKuzuStore } from './create-kuzu-store.ts';

defineStoreContract('kuzu (embedded)', {
  create: () =>
    createKuzuStore({
      path: join(mkdtempSync(join(tmpdir(), 'kg-kuzu-')), 'graph.kuzu'),
      bufferPoolBytes: 64 * 1024 * 1024,
    }),
});
