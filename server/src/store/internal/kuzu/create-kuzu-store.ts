/**
 * The embedded GraphStore: kuzu, in process, file-backed (./data by default) or in memory.
 * One connection behind a queue: kuzu's Node binding runs one statement per connection at a time,
 * and writes need BEGIN/COMMIT on the same connection.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Connection, Database, type KuzuValue, type PreparedStatement } from 'kuzu';
import {
  AppError,
  NODE_KINDS,
  REL_KIND_SPECS,
  createSearchKeys,
  isNodeKind,
  type SearchKeys,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import { bindLabels, cypherPath, readCypher } from '../cypher-files.ts';
import { collectNeighborhood } from '../collect-neighborhood.ts';
import { collectPaths } from '../collect-paths.ts';
import { runFeatureQuery } from '../feature-statement.ts';
import type { EntityName, GraphCounts, GraphStore, WriteBatch } from '../../graph-store.ts';
import { planWriteBatch, refuseTakenIds } from '../plan-write-batch.ts';
import {
  decodeEdge,
  decodeNode,
  encodeEdge,
  encodeNode,
  type EdgeRow,
  type NodeRow,
} from '../record-codec.ts';
import { decodeCounts } from '../record-codec.ts';
import { failPoint } from '../fail-point.ts';
import { parseSchemaFile } from './kuzu-schema.ts';

export interface KuzuStoreOptions {
  /** A file path for the database, or ':memory:'. */
  readonly path: string;
  /** Buffer pool size in bytes; kuzu's default takes most of the machine's memory. */
  readonly bufferPoolBytes?: number;
  /** How nodes' search keys are made; a fresh service unless the caller shares one with its imports. */
  readonly searchKeys?: SearchKeys;
}

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

const WRITE_CHUNK = 5_000;
/** Read connections: enough to keep both cores of a small server busy with independent queries. */
const READERS = 2;
/** From this many new rows of one table on, they are written with COPY from a temporary CSV file. */
const COPY_FROM = 500;
/** Above this many new nodes, their ids are checked against a scan of all ids rather than one by one. */
const CHECK_BY_SCAN = 2_000;

const NODE_COLUMNS: ReadonlyArray<keyof NodeRow> = [
  'id',
  'name',
  'nameEn',
  'aliases',
  'description',
  'keywords',
  'props',
  'stats',
  'sources',
  'searchText',
];
const EDGE_COLUMNS: ReadonlyArray<keyof EdgeRow> = ['from', 'to', 'id', 'props', 'sources'];

/** CSV text for kuzu's COPY: fields quoted when needed, quotes doubled (an empty field reads back as null). */
function csvText<T>(rows: readonly T[], columns: ReadonlyArray<keyof T>): string {
  const special = /[",\r\n]/u;
  const field = (value: unknown) => {
    const text = String(value ?? '');
    return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map(field).join(',')];
  for (const row of rows) {
    let line = field(row[columns[0] as keyof T]);
    for (let i = 1; i < columns.length; i++) line += ',' + field(row[columns[i] as keyof T]);
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

/** COPY reads a file named in the statement; only paths this module made, of these characters, are used. */
function safePath(path: string): string {
  if (!/^[\w\-./]+$/u.test(path)) throw new Error(`Unsafe temporary path for COPY: ${path}`);
  return path;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function storeUnavailable(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', '内嵌图数据库出错 / the embedded database failed', undefined, {
    cause: error,
  });
}

export async function createKuzuStore(options: KuzuStoreOptions): Promise<GraphStore> {
  const searchKeys = options.searchKeys ?? createSearchKeys();
  const encode = (node: GraphNode) => encodeNode(node, searchKeys.textOf);
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  let db: Database;
  try {
    db = new Database(options.path, options.bufferPoolBytes ?? 512 * 1024 * 1024, true, false, 2 ** 36);
    await db.init();
  } catch (error) {
    throw new AppError(
      'UNAVAILABLE',
      `无法打开数据库 ${options.path}：它可能正被另一个进程（例如正在运行的服务器）使用 / cannot open the database at ${options.path}; another process (such as a running server) may hold it`,
      undefined,
      { cause: error },
    );
  }
  /**
   * A connection with its prepared statements, running one statement at a time (kuzu's Node binding
   * runs one per connection). Writes and schema changes use the writer, whose BEGIN/COMMIT must share
   * it; reads spread over a few readers, so that independent queries use both cores.
   */
  interface Lane {
    readonly conn: Connection;
    readonly prepared: Map<string, PreparedStatement>;
    queue: Promise<unknown>;
  }
  const lane = (): Lane => ({ conn: new Connection(db), prepared: new Map(), queue: Promise.resolve() });
  const writer = lane();
  const conn = writer.conn;
  const readers = Array.from({ length: READERS }, lane);
  let nextReader = 0;

  /** Runs work on a connection after everything queued on it before. */
  function exclusive<T>(work: () => Promise<T>, on: Lane = writer): Promise<T> {
    const run = on.queue.then(work, work);
    on.queue = run.catch(() => undefined);
    return run;
  }

  async function run(text: string, params: Params = {}, on: Lane = writer): Promise<Row[]> {
    let statement = on.prepared.get(text);
    if (!statement) {
      statement = await on.conn.prepare(text);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      on.prepared.set(text, statement);
    }
    const result = await on.conn.execute(statement, params as Record<string, KuzuValue>);
    const results = Array.isArray(result) ? result : [result];
    try {
      const last = results[results.length - 1];
      // getAllSync: the asynchronous getAll costs ~40 µs a row in this binding, the sync loop ~1 µs.
      return last ? (last.getAllSync() as Row[]) : [];
    } finally {
      // Results pin buffer-pool pages until closed; waiting for GC fills the pool.
      for (const each of results) each.close();
    }
  }

  /** A read-only statement on the next reader (it sees what was committed when it starts). */
  function readText(text: string, params: Params = {}): Promise<Row[]> {
    const on = readers[nextReader++ % readers.length] ?? writer;
    return exclusive(() => run(text, params, on), on).catch((error: unknown) => {
      throw storeUnavailable(error);
    });
  }

  /** Schema and transaction control run as plain statements, without parameters. */
  async function control(statement: string): Promise<void> {
    const result = await conn.query(statement);
    for (const each of Array.isArray(result) ? result : [result]) each.close();
  }

  const read = (name: string, params: Params = {}): Promise<Row[]> =>
    readText(readCypher('kuzu', name), params);

  for (const statement of parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8'))) {
    await control(statement);
  }

  /**
   * Runs a template labelled __KIND__ once per node kind that may hold the ids, on the readers (or on
   * the writer, inside a write), and gathers the rows with the kind they came from.
   */
  async function perKind(
    name: string,
    params: Params,
    kinds: readonly NodeKind[] = NODE_KINDS,
    labels: Readonly<Record<string, readonly string[]>> = {},
    inWrite = false,
  ): Promise<Array<{ kind: NodeKind; row: Row }>> {
    const template = readCypher('kuzu', name);
    const text = (kind: NodeKind) => bindLabels(template, { KIND: kind, ...labels });
    const tag = (kind: NodeKind) => (rows: Row[]) => rows.map((row) => ({ kind, row }));
    if (!inWrite) {
      const parts = await Promise.all(kinds.map((kind) => readText(text(kind), params).then(tag(kind))));
      return parts.flat();
    }
    // Inside a write the writer is already ours: one statement after another on it.
    const rows: Array<{ kind: NodeKind; row: Row }> = [];
    for (const kind of kinds) rows.push(...tag(kind)(await run(text(kind), params)));
    return rows;
  }

  async function getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    const rows = await perKind('nodes-by-id', { ids: [...new Set(ids)] });
    return rows.map(({ kind, row }) => decodeNode(kind, row.n as Row));
  }

  async function kindsOf(ids: readonly string[], inWrite = false): Promise<Map<string, NodeKind>> {
    const kinds = new Map<string, NodeKind>();
    if (ids.length === 0) return kinds;
    for (const { kind, row } of await perKind(
      'kinds-of',
      { ids: [...new Set(ids)] },
      NODE_KINDS,
      {},
      inWrite,
    ))
      kinds.set(String(row.id), kind);
    return kinds;
  }

  const decodeEdges = (rows: Row[]): GraphEdge[] => rows.map((row) => decodeEdge(String(row.kind), row));

  async function edgesAmong(ids: readonly string[]): Promise<GraphEdge[]> {
    if (ids.length === 0) return [];
    // Each node's outgoing edges, filtered here: `a.id IN $ids AND b.id IN $ids` scans the list for every
    // relationship, and kuzu 0.11 can return rows of other nodes for it.
    const distinct = [...new Set(ids)];
    const among = new Set(distinct);
    const rows = (await perKind('edges-from', { ids: distinct })).map(({ row }) => row);
    return decodeEdges(rows.filter((row) => among.has(String(row.to))));
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

  /** Ids among these that some node already has, of any kind. */
  async function takenIds(ids: readonly string[]): Promise<Map<string, NodeKind>> {
    if (ids.length <= CHECK_BY_SCAN) return kindsOf(ids, true);
    const wanted = new Set(ids);
    const taken = new Map<string, NodeKind>();
    for (const row of await run(readCypher('kuzu', 'all-names'))) {
      const id = String(row.id);
      const kind = String(row.kind);
      if (wanted.has(id) && isNodeKind(kind)) taken.set(id, kind);
    }
    return taken;
  }

  /** New rows of one table: COPY from a temporary file when many, UNWIND … CREATE when few. */
  async function createRows(
    table: string,
    rows: ReadonlyArray<NodeRow | EdgeRow>,
    unwindText: string,
    copyOptions: string,
    dir: () => string,
  ): Promise<void> {
    if (rows.length === 0) return;
    if (rows.length < COPY_FROM) {
      for (const chunk of chunks(rows, WRITE_CHUNK)) await run(unwindText, { rows: chunk });
      return;
    }
    const isEdge = 'from' in (rows[0] as object);
    const file = safePath(join(dir(), `${table}-${Math.random().toString(36).slice(2)}.csv`));
    writeFileSync(
      file,
      isEdge ? csvText(rows as EdgeRow[], EDGE_COLUMNS) : csvText(rows as NodeRow[], NODE_COLUMNS),
    );
    // The table comes from the declared kinds (bindLabels); the path is one this function made.
    await control(
      bindLabels(`COPY __TABLE__ FROM '${file}' (HEADER=true, ESCAPE='"', PARALLEL=false${copyOptions})`, {
        TABLE: table,
      }),
    );
  }

  /** Relationships on either side of the ids, at most `cap` each way (across all kinds). */
  async function edgesBothWays(
    ids: readonly string[],
    cap: number,
    names: readonly [string, string],
    rels?: readonly RelKind[],
  ) {
    const distinct = [...new Set(ids)];
    const labels: Record<string, readonly string[]> = rels ? { RELS: rels } : {};
    // Only the kinds that such relationships can leave, or arrive at.
    const ends = (side: 'from' | 'to') =>
      rels
        ? NODE_KINDS.filter((kind) => rels.some((rel) => REL_KIND_SPECS[rel][side].includes(kind)))
        : NODE_KINDS;
    const [out, inc] = await Promise.all([
      perKind(names[0], { ids: distinct, cap }, ends('from'), labels),
      perKind(names[1], { ids: distinct, cap }, ends('to'), labels),
    ]);
    const rows = (side: typeof out) => side.slice(0, cap).map(({ row }) => row);
    return {
      edges: decodeEdges([...rows(out), ...rows(inc)]),
      capped: out.length >= cap || inc.length >= cap,
    };
  }

  async function edgesTouching(ids: readonly string[], cap: number) {
    if (ids.length === 0) return { edges: [], capped: false };
    return edgesBothWays(ids, cap, ['outgoing-edges', 'incoming-edges']);
  }

  async function edgesOf(ids: readonly string[], rels: readonly RelKind[], cap: number) {
    if (ids.length === 0 || rels.length === 0) return { edges: [], capped: false };
    return edgesBothWays(ids, cap, ['outgoing-edges-of-kinds', 'incoming-edges-of-kinds'], rels);
  }

  async function writeInTransaction(batch: WriteBatch): Promise<void> {
    const newNodes = batch.newNodes ?? [];
    refuseTakenIds(await takenIds(newNodes.map((node) => node.id)));
    const { upsertGroups, freshGroups } = await planWriteBatch(batch, (ids) => kindsOf(ids, true));

    let tempDir: string | null = null;
    const dir = () => (tempDir ??= mkdtempSync(join(tmpdir(), 'kg-kuzu-copy-')));
    await control('BEGIN TRANSACTION');
    try {
      for (const kind of NODE_KINDS) {
        const rows = batch.nodes.filter((node) => node.kind === kind).map(encode);
        const text = bindLabels(readCypher('kuzu', 'upsert-nodes'), { KIND: kind });
        for (const chunk of chunks(rows, WRITE_CHUNK)) await run(text, { rows: chunk });
        const fresh = newNodes.filter((node) => node.kind === kind).map(encode);
        await createRows(
          kind,
          fresh,
          bindLabels(readCypher('kuzu', 'create-nodes'), { KIND: kind }),
          '',
          dir,
        );
      }
      for (const group of upsertGroups) {
        const text = bindLabels(readCypher('kuzu', 'upsert-edges'), {
          FROM: group.from,
          TO: group.to,
          REL: group.kind,
        });
        for (const chunk of chunks(group.edges.map(encodeEdge), WRITE_CHUNK))
          await run(text, { rows: chunk });
      }
      for (const group of freshGroups) {
        const text = bindLabels(readCypher('kuzu', 'create-edges'), {
          FROM: group.from,
          TO: group.to,
          REL: group.kind,
        });
        // from and to are declared node kinds (planEdgeWrites takes them from the store), never values.
        await createRows(
          group.kind,
          group.edges.map(encodeEdge),
          text,
          `, from='${group.from}', to='${group.to}'`,
          dir,
        );
      }
      await failPoint('before-commit');
      await control('COMMIT');
    } catch (error) {
      // kuzu may already have rolled back after a failed statement; the original error is what matters.
      await control('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  }

  const store: GraphStore = {
    backend: 'kuzu',
    searchKeys,
    getNodes,
    kindsOf,
    async degrees(ids) {
      const degrees = new Map<string, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return degrees;
      const distinct = [...new Set(ids)];
      for (const name of ['degrees-out', 'degrees-in'])
        for (const { row } of await perKind(name, { ids: distinct }))
          degrees.set(String(row.id), (degrees.get(String(row.id)) ?? 0) + Number(row.degree));
      return degrees;
    },
    async searchCandidates(query) {
      if (query.terms.length === 0 || query.kinds.length === 0) return [];
      const name = query.mode === 'all' ? 'search-all-terms' : 'search-any-term';
      const rows = await read(name, { terms: [...query.terms], kinds: [...query.kinds], limit: query.limit });
      return rows.map((row) => {
        const n = row.n as Row;
        return decodeNode(String(n._label), n);
      });
    },
    neighborhood: (query) => collectNeighborhood({ getNodes, kindsOf, edgesTouching, edgesAmong }, query),
    paths: (query) => collectPaths({ getNodes, kindsOf, edgesTouching, edgesAmong }, query),
    edgesAmong,
    edgesOf,
    features: (name, params) => runFeatureQuery('kuzu', name, params, readText),
    listNames,
    async topByDegree(limit) {
      const totals = new Map<string, number>();
      for (const name of ['all-degrees-out', 'all-degrees-in'])
        for (const row of await read(name))
          totals.set(String(row.id), (totals.get(String(row.id)) ?? 0) + Number(row.degree));
      return [...totals]
        .map(([id, degree]) => ({ id, degree }))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit);
    },
    async allEdgeEnds() {
      const rows = await read('all-edge-ends');
      return rows.map((row) => ({ from: String(row.from), to: String(row.to) }));
    },
    async counts(): Promise<GraphCounts> {
      return decodeCounts(await read('count-nodes-by-kind'), await read('count-edges-by-kind'));
    },
    write(batch) {
      return exclusive(() => writeInTransaction(batch)).catch((error: unknown) => {
        throw storeUnavailable(error);
      });
    },
    async close() {
      await Promise.all(readers.map((each) => exclusive(() => each.conn.close(), each)));
      await exclusive(async () => {
        await conn.close();
        await db.close();
      });
    },
  };
  return store;
}
