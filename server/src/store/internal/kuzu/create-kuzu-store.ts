/**
 * The embedded GraphStore: kuzu, in process, file-backed (./data by default) or in memory. Assembled from
 * its connections (kuzu-connections.ts), reads (kuzu-reads.ts), write transactions with their change sets
 * (kuzu-write-tx.ts, kuzu-bulk-write.ts, ../change-sets/) and change-set queries (kuzu-change-queries.ts).
 */
import { readFileSync } from 'node:fs';
import { createSearchKeys, type GraphNode, type SearchKeys } from '#model';
import type { GraphStore } from '../../graph-store.ts';
import { collectNeighborhood } from '../collect-neighborhood.ts';
import { collectPaths } from '../collect-paths.ts';
import { cypherPath, readCypher } from '../cypher-files.ts';
import type { FeatureParams } from '../../feature-queries.ts';
import { kuzuStored, runFeatureQuery } from '../feature-statement.ts';
import { encodeNode } from '../record-codec.ts';
import { recordChange } from '../change-sets/record-change.ts';
import { undoChange } from '../change-sets/undo-change.ts';
import type { WriteTx } from '../write-tx.ts';
import { inKuzuTransaction } from './kuzu-bulk-write.ts';
import { kuzuChangeQueries } from './kuzu-change-queries.ts';
import { kuzuWriteTx } from './kuzu-write-tx.ts';
import { openKuzuConnections, storeUnavailable } from './kuzu-connections.ts';
import { kuzuReads } from './kuzu-reads.ts';
import { addDerivedColumns, recountEverything } from './kuzu-migrate.ts';
import { parseSchemaFile } from './kuzu-schema.ts';
import { syncKuzuColumns } from './kuzu-columns.ts';
import { registerReads } from '../register-reads.ts';
import { perCommit } from './per-commit.ts';

export interface KuzuStoreOptions {
  /** A file path for the database, or ':memory:'. */
  readonly path: string;
  /** Buffer pool size in bytes; kuzu's default takes most of the machine's memory. */
  readonly bufferPoolBytes?: number;
  /** How nodes' search keys are made; a fresh service unless the caller shares one with its imports. */
  readonly searchKeys?: SearchKeys;
  /** Called as each statement finishes, with its text and how long it took (statement counts, profiles). */
  readonly onStatement?: (text: string, elapsedMs: number) => void;
  /** Read connections, each one statement at a time on one thread (default: one per core, at least two). */
  readonly readers?: number;
  /**
   * Graphs of up to this many relationships read a subgraph in one walk, larger ones a part per kind
   * (kuzu-subgraph.ts; default WALK_ALL_UP_TO). Tests set it to run both plans.
   */
  readonly walkAllUpTo?: number;
}

export async function createKuzuStore(options: KuzuStoreOptions): Promise<GraphStore> {
  const searchKeys = options.searchKeys ?? createSearchKeys();
  const encode = (node: GraphNode) => encodeNode(node, searchKeys.textOf);
  let db = await openKuzuConnections(options);
  for (const statement of parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8'))) {
    await db.control(statement);
  }
  const migrated = await addDerivedColumns(db);
  if (migrated) {
    await db.close();
    db = await openKuzuConnections(options);
  }
  const reads = kuzuReads(db, { walkAllUpTo: options.walkAllUpTo });
  const deps = { db, encode, kindsOf: (ids: readonly string[]) => reads.kindsOf(ids, true) };
  /** Work in one write transaction on the writer, after every write queued before it. */
  const inWriteTx = <T>(work: (tx: WriteTx) => Promise<T>): Promise<T> =>
    db
      .exclusive(() => inKuzuTransaction(db, (dir) => work(kuzuWriteTx(deps, dir))))
      .catch((error: unknown) => {
        throw storeUnavailable(error);
      });
  if (migrated) await recountEverything(db, inWriteTx);
  await syncKuzuColumns(db);
  // Whole-graph answers that scan every table, kept until the next write (per-commit.ts; the counts
  // are kept in kuzu-reads.ts).
  const graphVersion = perCommit(db.commits, () => reads.graphVersion());
  const domainTree = perCommit(db.commits, () =>
    runFeatureQuery('kuzu', 'domain-tree', {}, db.readText, kuzuStored),
  );
  return {
    backend: 'kuzu',
    searchKeys,
    ...reads,
    graphVersion,
    kindsOf: (ids) => reads.kindsOf(ids),
    neighborhood: (query) => collectNeighborhood(reads.subgraphs, query),
    paths: (query) => collectPaths(reads.subgraphs, query),
    features: (name, params) =>
      name === 'candidate-facts'
        ? (reads.candidateFacts(params as FeatureParams<'candidate-facts'>) as never)
        : name === 'domain-tree'
          ? (domainTree() as never)
          : runFeatureQuery('kuzu', name, params, db.readText, kuzuStored),
    ...registerReads({ backend: 'kuzu', run: db.readText, getNodes: reads.getNodes }),
    write: (batch, change) =>
      inWriteTx((tx) => recordChange(tx, batch, change ?? { editor: 'system', kind: 'edit' })),
    undoChangeSet: (id, editor) => inWriteTx((tx) => undoChange(tx, id, editor)),
    // One statement on the writer, after every write queued before it: atomic on its own.
    saveSetting: (key, value) =>
      db
        .exclusive(() => db.run(readCypher('kuzu', 'save-setting'), { key, value }))
        .then(
          () => undefined,
          (error: unknown) => {
            throw storeUnavailable(error);
          },
        ),
    ...kuzuChangeQueries(db),
    close: () => db.close(),
  };
}
