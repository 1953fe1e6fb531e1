/**
 * The Neo4j GraphStore: one driver per process, managed transactions (executeRead/executeWrite, so
 * transient failures are retried and reads can go to cluster followers), parameters only, batched
 * UNWIND writes. Values are stored in the same flat form as the embedded store (record-codec.ts),
 * so both backends answer identically. bolt://, neo4j:// and neo4j+s:// URIs all work.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver, type Node } from 'neo4j-driver';
import {
  AppError,
  createSearchKeys,
  isNodeKind,
  type SearchKeys,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import { collectNeighborhood } from '../collect-neighborhood.ts';
import { collectPaths } from '../collect-paths.ts';
import { countKeeper } from '../derived-counts.ts';
import { cypherPath, readCypher } from '../cypher-files.ts';
import { neo4jStored, runFeatureQuery } from '../feature-statement.ts';
import type { EntityName, GraphCounts, GraphStore } from '../../graph-store.ts';
import { recordChange } from '../change-sets/record-change.ts';
import { undoChange } from '../change-sets/undo-change.ts';
import type { WriteTx } from '../write-tx.ts';
import { neo4jChangeQueries } from './neo4j-change-queries.ts';
import { neo4jSubgraphReads } from './neo4j-subgraph-reads.ts';
import { syncNeo4jColumns } from './neo4j-columns.ts';
import { registerReads } from '../register-reads.ts';
import { neo4jWriteTx } from './neo4j-write-tx.ts';
import { failPoint } from '../fail-point.ts';
import {
  decodeCounts,
  decodeEdge,
  decodeEdgeOutline,
  decodeGraphVersion,
  decodeNode,
  encodeNode,
} from '../record-codec.ts';
import { degreeOf } from '../subgraph-reads.ts';
import { classifyNeo4jError } from './classify-neo4j-error.ts';

export interface Neo4jStoreOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** How nodes' search keys are made; a fresh service unless the caller shares one with its imports. */
  readonly searchKeys?: SearchKeys;
  /** Called with the text of every statement sent to the database (statement-count tests). */
  readonly onStatement?: (text: string) => void;
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
  const session = () => driver.session({ database: options.database });

  async function runRead(query: string, params: Row): Promise<Row[]> {
    const s = session();
    try {
      return await s.executeRead(async (tx) => {
        options.onStatement?.(query);
        return (await tx.run(query, params)).records.map((record) => record.toObject());
      });
    } catch (error) {
      throw classifyNeo4jError(error);
    } finally {
      await s.close();
    }
  }

  const read = (name: string, params: Row = {}) => runRead(readCypher('neo4j', name), params);

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

  const nodeOf = (row: Row): GraphNode => decodeNode(String(row.kind), (row.n as Node).properties as Row);
  const decodeEdges = (rows: Row[]): GraphEdge[] => rows.map((row) => decodeEdge(String(row.kind), row));

  async function getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    return (await read('nodes-by-id', { ids: [...ids] })).map(nodeOf);
  }

  async function kindsFrom(rows: Row[]): Promise<Map<string, NodeKind>> {
    const kinds = new Map<string, NodeKind>();
    for (const row of rows) {
      const kind = String(row.kind);
      if (isNodeKind(kind)) kinds.set(String(row.id), kind);
    }
    return kinds;
  }

  async function kindsOf(ids: readonly string[]): Promise<Map<string, NodeKind>> {
    if (ids.length === 0) return new Map();
    return kindsFrom(await read('kinds-of', { ids: [...ids] }));
  }

  async function edgesAmong(ids: readonly string[]): Promise<GraphEdge[]> {
    if (ids.length === 0) return [];
    return decodeEdges(await read('edges-among', { ids: [...ids] }));
  }

  async function edgesOf(ids: readonly string[], rels: readonly RelKind[], cap: number) {
    if (ids.length === 0 || rels.length === 0) return { edges: [], capped: false };
    const params = { ids: [...ids], rels: [...rels], cap: neo4j.int(cap) };
    const [out, inc] = await Promise.all([
      read('outgoing-edges-of-kinds', params),
      read('incoming-edges-of-kinds', params),
    ]);
    return { edges: decodeEdges([...out, ...inc]), capped: out.length >= cap || inc.length >= cap };
  }

  /** Work in one write transaction (retried by the driver on transient failures), with the fail point before commit. */
  async function inWriteTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const s = session();
    try {
      return await s.executeWrite(async (tx) => {
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

  async function listNames(): Promise<EntityName[]> {
    const names: EntityName[] = [];
    for (const row of await read('all-names')) {
      const kind = String(row.kind);
      if (!isNodeKind(kind)) continue;
      const aliases =
        typeof row.aliases === 'string' && row.aliases ? (JSON.parse(row.aliases) as string[]) : [];
      names.push({ id: String(row.id), kind, name: typeof row.name === 'string' ? row.name : '', aliases });
    }
    return names;
  }

  const subgraphs = neo4jSubgraphReads(runRead);
  await syncNeo4jColumns(session);
  // A database written before the derived counts existed is recounted once, on open.
  const [uncounted] = await read('count-uncounted');
  if (Number(uncounted?.count ?? 0) > 0) {
    const s = session();
    try {
      await s.executeWrite((tx) =>
        countKeeper(
          'neo4j',
          (text, params) => tx.run(text, params),
          async () => [],
        ).recountAll(),
      );
    } finally {
      await s.close();
    }
  }

  return {
    backend: 'neo4j',
    searchKeys,
    getNodes,
    kindsOf,
    async degrees(ids) {
      const degrees = new Map<string, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return degrees;
      for (const row of await read('degrees', { ids: [...new Set(ids)] }))
        degrees.set(String(row.id), degreeOf(row.degree));
      return degrees;
    },
    async searchCandidates(query) {
      if (query.terms.length === 0 || query.kinds.length === 0) return [];
      const name = query.mode === 'all' ? 'search-all-terms' : 'search-any-term';
      const rows = await read(name, {
        terms: [...query.terms],
        kinds: [...query.kinds],
        limit: neo4j.int(query.limit),
      });
      return rows.map(nodeOf);
    },
    neighborhood: (query) => collectNeighborhood(subgraphs, query),
    paths: (query) => collectPaths(subgraphs, query),
    edgesAmong,
    edgesOf,
    features: (name, params) =>
      runFeatureQuery('neo4j', name, params, (text, values) => runRead(text, values), neo4jStored),
    listNames,
    ...registerReads({ backend: 'neo4j', run: runRead, getNodes }),
    async topByDegree(limit) {
      const rows = await read('top-degree', { limit: neo4j.int(limit) });
      return rows.map((row) => ({ id: String(row.id), degree: degreeOf(row.degree) }));
    },
    async allEdgeEnds() {
      const rows = await read('all-edge-ends');
      return rows.map((row) => ({ from: String(row.from), to: String(row.to) }));
    },
    async allEdgeOutlines() {
      return (await read('all-edge-outlines')).map(decodeEdgeOutline);
    },
    async graphVersion() {
      return decodeGraphVersion((await read('graph-version'))[0]);
    },
    async setting(key) {
      const [row] = await read('setting', { key });
      return typeof row?.value === 'string' ? row.value : null;
    },
    async saveSetting(key, value) {
      const s = session();
      try {
        await s.executeWrite(async (tx) => {
          const text = readCypher('neo4j', 'save-setting');
          options.onStatement?.(text);
          await tx.run(text, { key, value });
        });
      } catch (error) {
        throw classifyNeo4jError(error);
      } finally {
        await s.close();
      }
    },
    async counts(): Promise<GraphCounts> {
      return decodeCounts(await read('count-nodes-by-kind'), await read('count-edges-by-kind'));
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
