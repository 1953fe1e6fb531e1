/**
 * The backends every store and API test runs against: the embedded store always, and Neo4j when the
 * run asked for it (TEST_NEO4J=1 starts one, see neo4j-global-setup.ts; TEST_NEO4J_URI uses a running
 * server). Each `create()` gives an empty store.
 */
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { createKuzuStore, createNeo4jStore, type GraphStore } from '../src/store/index.ts';
import { removeScratch, scratchDir } from './scratch-dir.ts';

/** What a test may ask of the store it creates. */
export interface CreateOptions {
  /** Called with the text of every statement the store sends (statement-count tests). */
  readonly onStatement?: (text: string, elapsedMs: number) => void;
  /** The embedded store's plan for subgraphs (kuzu-subgraph.ts): 0 reads every graph as a large one. */
  readonly walkAllUpTo?: number;
}

export interface TestBackend {
  readonly name: string;
  create(options?: CreateOptions): Promise<GraphStore>;
}

/** A backend that a child process (npm start, the CLI) can also be pointed at. */
export interface ProcessBackend extends TestBackend {
  /** Environment for a child process (npm start, the CLI) on a fresh, empty store of this backend. */
  processEnv(): Promise<Record<string, string>>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string | undefined;
  }
}

export const kuzuBackend: ProcessBackend = {
  name: 'kuzu (embedded)',
  async create(options = {}) {
    const dir = scratchDir('kuzu');
    const store = await createKuzuStore({
      path: join(dir, 'graph.kuzu'),
      bufferPoolBytes: 128 * 1024 * 1024,
      ...options,
    });
    // Closing the store frees its database files too: a run opens hundreds of them.
    const close = store.close.bind(store);
    return Object.assign(store, {
      async close() {
        await close();
        removeScratch(dir);
      },
    });
  },
  processEnv: async () => ({ DATA_DIR: scratchDir('kuzu-app'), NEO4J_URI: '' }),
};

function neo4jBackend(uri: string): ProcessBackend {
  const options = {
    uri,
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: 'neo4j',
  };
  return {
    name: 'neo4j',
    async create(createOptions: CreateOptions = {}) {
      // Empty the database with the driver directly: clearing is not something the product may do.
      const driver = neo4j.driver(
        uri,
        options.password ? neo4j.auth.basic(options.user, options.password) : undefined,
      );
      try {
        await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: options.database });
      } finally {
        await driver.close();
      }
      return createNeo4jStore({ ...options, ...createOptions });
    },
    async processEnv() {
      await (await this.create()).close();
      return { NEO4J_URI: uri, NEO4J_USER: options.user, NEO4J_PASSWORD: options.password };
    },
  };
}

export function testBackends(): ProcessBackend[] {
  const uri = inject('neo4jUri');
  return uri ? [kuzuBackend, neo4jBackend(uri)] : [kuzuBackend];
}
