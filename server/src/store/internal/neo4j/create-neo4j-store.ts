/**
 * The Neo4j GraphStore: one driver per process, managed transactions (executeRead/executeWrite, so
 * transient failures are retried and reads can go to cluster followers), parameters only, batched
 * UNWIND writes. Values are stored in the same flat form as the embedded store (record-codec.ts),
 * so both backends answer identically. bolt://, neo4j:// and neo4j+s:// URIs all work.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { AppError, createSearchKeys, type SearchKeys, type GraphNode } from '#model';
import { collectPaths } from '../collect-paths.ts';
import { countKeeper } from '../derived-counts.ts';
import { cypherPath, readCypher } from '../cypher-files.ts';
import { neo4jStored, runFeatureQuery } from '../feature-statement.ts';
import type { GraphStore } from '../../graph-store.ts';
import { recordChange } from '../change-sets/record-change.ts';
import { undoChange } from '../change-sets/undo-change.ts';
import type { WriteTx } from '../write-tx.ts';
import { neo4jChangeQueries } from './neo4j-change-queries.ts';
import { neo4jReads, type RunRead } from './neo4j-reads.ts';
import { neo4jNeighborhood } from './neo4j-neighborhood.ts';
import { neo4jSubgraphReads } from './neo4j-subgraph-reads.ts';
import { syncNeo4jColumns } from './neo4j-columns.ts';
import { registerReads } from '../register-reads.ts';
import { neo4jWriteTx } from './neo4j-write-tx.ts';
import { failPoint } from '../fail-point.ts';
import { timedStatement } from '../timed-statement.ts';
import { encodeNode } from '../record-codec.ts';
import { classifyNeo4jError } from './classify-neo4j-error.ts';

export interface Neo4jStoreOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** How nodes' search keys are made; a fresh service unless the caller shares one with its imports. */
  readonly searchKeys?: SearchKeys;
  /** Called as each statement finishes, with its text and how long it took (statement counts, profiles). */
  readonly onStatement?: (text: string, elapsedMs: number) => void;
  /** Connections the driver keeps open at most (default 100). */
  readonly maxConnectionPoolSize?: number;
}

type Row = Record<string, unknown>;

function parseStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Checks the connection (a clear error when there is none), applies the schema, fills properties an
 * older version did not write, and recounts the derived counts of a database written before they existed.
 */
async function prepareDatabase(driver: Driver, options: Neo4jStoreOptions, runRead: RunRead): Promise<void> {
  const session = () => driver.session({ database: options.database });
  try {
    await driver.verifyConnectivity({ database: options.database });
    const s = session();
    try {
      for (const statement of parseStatements(readFileSync(cypherPath('neo4j', 'schema'), 'utf8'))) {
        await s.run(statement);
      }
    } finally {
      await s.close();
    }
  } catch (error) {
    await driver.close();
    const classified = classifyNeo4jError(error);
    throw new AppError(
      classified.code,
      `无法连接 Neo4j（${options.uri}）：${classified.message} / cannot connect to Neo4j at ${options.uri}`,
      undefined,
      { cause: error },
    );
  }

  await syncNeo4jColumns(session);
  // A database written before the derived counts existed is recounted once, on open.
  const [uncounted] = await runRead(readCypher('neo4j', 'count-uncounted'), {});
  if (Number(uncounted?.count ?? 0) > 0) {
    const writer = session();
    try {
      await writer.executeWrite((tx) =>
        countKeeper(
          'neo4j',
          (text, params) => tx.run(text, params),
          async () => [],
        ).recountAll(),
      );
    } finally {
      await writer.close();
    }
  }
}

export async function createNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const searchKeys = options.searchKeys ?? createSearchKeys();
  const encode = (node: GraphNode) => encodeNode(node, searchKeys.textOf);
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  const driver: Driver = neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    // Every read runs in a session of its own (executeRead); a request's parallel reads and concurrent
    // requests each hold a connection while they run.
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 100,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
  });
  // One bookmark manager for every session of the process: in a cluster a read that follows a write (an
  // editor's change, then the map re-read) waits for the follower to have that write instead of reading
  // from before it. A single server is always up to date; the bookmarks then cost nothing.
  const bookmarkManager = neo4j.bookmarkManager();
  const session = () => driver.session({ database: options.database, bookmarkManager });

  async function runRead(query: string, params: Row): Promise<Row[]> {
    const s = session();
    try {
      return await s.executeRead((tx) =>
        timedStatement(options.onStatement, query, async () =>
          (await tx.run(query, params)).records.map((record) => record.toObject()),
        ),
      );
    } catch (error) {
      throw classifyNeo4jError(error);
    } finally {
      await s.close();
    }
  }

  const read = (name: string, params: Row = {}) => runRead(readCypher('neo4j', name), params);

  await prepareDatabase(driver, options, runRead);
  const reads = neo4jReads(runRead);

  /** Work in one write transaction (retried by the driver on transient failures), with the fail point before commit. */
  async function inWriteTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const s = session();
    try {
      return await s.executeWrite(async (tx) => {
        const lock = readCypher('neo4j', 'take-write-lock');
        await timedStatement(options.onStatement, lock, () => tx.run(lock));
        const result = await work(neo4jWriteTx(tx, { encode, onStatement: options.onStatement }));
        await failPoint('before-commit');
        return result;
      });
    } catch (error) {
      throw classifyNeo4jError(error);
    } finally {
      await s.close();
    }
  }

  const subgraphs = neo4jSubgraphReads(runRead);
  return {
    backend: 'neo4j',
    searchKeys,
    ...reads,
    neighborhood: (query) => neo4jNeighborhood(runRead, query),
    paths: (query) => collectPaths(subgraphs, query),
    features: (name, params) =>
      runFeatureQuery('neo4j', name, params, (text, values) => runRead(text, values), neo4jStored),
    ...registerReads({ backend: 'neo4j', run: runRead, getNodes: reads.getNodes }),
    async saveSetting(key, value) {
      const s = session();
      try {
        await s.executeWrite(async (tx) => {
          const text = readCypher('neo4j', 'save-setting');
          await timedStatement(options.onStatement, text, () => tx.run(text, { key, value }));
        });
      } catch (error) {
        throw classifyNeo4jError(error);
      } finally {
        await s.close();
      }
    },
    write: (batch, change) =>
      inWriteTx((tx) => recordChange(tx, batch, change ?? { editor: 'system', kind: 'edit' })),
    undoChangeSet: (id, editor) => inWriteTx((tx) => undoChange(tx, id, editor)),
    ...neo4jChangeQueries(read),
    async close() {
      await driver.close();
    },
  };
}
