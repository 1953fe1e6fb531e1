/**
 * For tests: the real product on a real port, backed by a fresh store (embedded unless another backend
 * is given) seeded from seed/kenli.
 */
import { join, resolve } from 'node:path';
import { pino, type Logger } from 'pino';
import { createApp } from '../src/create-app.ts';
import { importSeedDirectory } from '../src/ingest/seed-if-empty.ts';
import type { GraphStore } from '../src/store/index.ts';
import { kuzuBackend, type CreateOptions, type TestBackend } from './test-backends.ts';

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface SeededApp {
  readonly url: string;
  readonly store: GraphStore;
  /** POSTs a GraphQL request and returns the parsed JSON body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlAnswer<T>>;
  stop(): Promise<void>;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export async function startSeededApp(
  backend: TestBackend = kuzuBackend,
  options: { editorKeys?: readonly string[]; introspection?: boolean; logger?: Logger } & CreateOptions = {},
): Promise<SeededApp> {
  const store = await backend.create(options.onStatement ? { onStatement: options.onStatement } : {});
  const report = await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
  if (report.problems.length > 0) throw new Error(`seed problems: ${JSON.stringify(report.problems)}`);
  const app = await createApp(store, {
    clientDir: join(REPO_ROOT, 'client/dist'),
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.editorKeys ? { editorKeys: options.editorKeys } : {}),
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
  });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    store,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlAnswer<T>;
    },
    async stop() {
      await app.close();
      await store.close().catch(() => undefined);
    },
  };
}
