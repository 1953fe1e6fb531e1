// Unit, store, API and browser tests. Store and browser tests share the machine's 2 cores, so files run one at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['server/test-support/scratch-global-setup.ts', 'server/test-support/neo4j-global-setup.ts'],
  },
});
