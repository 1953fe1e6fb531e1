/**
 * The embedded GraphStore: kuzu, in process, file-backed (./data by default) or in memory. Assembled from
 * its connections (kuzu-connections.ts), reads (kuzu-reads.ts) and write transactions (kuzu-bulk-write.ts).
 */
import { readFileSync } from 'node:fs';
import { createSearchKeys, type GraphNode, type SearchKeys } from '#model';
import type { GraphStore } from '../../graph-store.ts';
import { collectNeighborhood } from '../collect-neighborhood.ts';
import { collectPaths } from '../collect-paths.ts';
import { cypherPath } from '../cypher-files.ts';
import { runFeatureQuery } from '../feature-statement.ts';
import { encodeNode } from '../record-codec.ts';
import { writeKuzuBatch } from './kuzu-bulk-write.ts';
import { openKuzuConnections, storeUnavailable } from './kuzu-connections.ts';
import { kuzuReads } from './kuzu-reads.ts';
import { parseSchemaFile } from './kuzu-schema.ts';

export interface KuzuStoreOptions {
  /** A file path for the database, or ':memory:'. */
  readonly path: string;
  /** Buffer pool size in bytes; kuzu's default takes most of the machine's memory. */
  readonly bufferPoolBytes?: number;
  /** How nodes' search keys are made; a fresh service unless the caller shares one with its imports. */
  readonly searchKeys?: SearchKeys;
  /** Called with the text of every statement sent to the database (statement-count tests). */
  readonly onStatement?: (text: string) => void;
}

export async function createKuzuStore(options: KuzuStoreOptions): Promise<GraphStore> {
  const searchKeys = options.searchKeys ?? createSearchKeys();
  const encode = (node: GraphNode) => encodeNode(node, searchKeys.textOf);
  const db = await openKuzuConnections(options);
  for (const statement of parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8'))) {
    await db.control(statement);
  }
  const reads = kuzuReads(db);
  const traversal = {
    getNodes: reads.getNodes,
    kindsOf: (ids: readonly string[]) => reads.kindsOf(ids),
    edgesTouching: reads.edgesTouching,
    edgesAmong: reads.edgesAmong,
  };
  return {
    backend: 'kuzu',
    searchKeys,
    ...reads,
    kindsOf: (ids) => reads.kindsOf(ids),
    neighborhood: (query) => collectNeighborhood(traversal, query),
    paths: (query) => collectPaths(traversal, query),
    features: (name, params) => runFeatureQuery('kuzu', name, params, db.readText),
    write(batch) {
      return db
        .exclusive(() => writeKuzuBatch({ db, encode, kindsOf: (ids) => reads.kindsOf(ids, true) }, batch))
        .catch((error: unknown) => {
          throw storeUnavailable(error);
        });
    },
    close: () => db.close(),
  };
}
