// Unit, store, API and browser tests. Store and browser tests share the machine's 2 cores, so files run one at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a test awaits (a status shown, a layer drawn) at most this long: on a
    // busy CI machine an import or a layout can take several seconds, which the default 1 s cut short.
    expect: { poll: { timeout: 15_000 } },
    globalSetup: ['server/test-support/scratch-global-setup.ts', 'server/test-support/neo4j-global-setup.ts'],
  },
});
