/**
 * Writes into kuzu: one transaction per batch on the writer. Upserts go through UNWIND … MERGE in chunks;
 * rows the caller knows are new take the fast path, COPY from a temporary CSV file when there are many
 * (about a hundred times faster than per-row statements) or UNWIND … CREATE when few.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_KINDS, isNodeKind, type GraphNode, type NodeKind } from '#model';
import type { WriteBatch } from '../../graph-store.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { failPoint } from '../fail-point.ts';
import { planWriteBatch, refuseTakenIds } from '../plan-write-batch.ts';
import { encodeEdge, type EdgeRow, type NodeRow } from '../record-codec.ts';
import type { KuzuConnections } from './kuzu-connections.ts';

const WRITE_CHUNK = 5_000;
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

export interface KuzuWriteDeps {
  readonly db: KuzuConnections;
  /** A node as stored, search keys and all. */
  readonly encode: (node: GraphNode) => NodeRow;
  /** The kind of each id that exists, read on the writer inside the transaction. */
  readonly kindsOf: (ids: readonly string[]) => Promise<Map<string, NodeKind>>;
}

/** Ids among these that some node already has, of any kind. */
async function takenIds(deps: KuzuWriteDeps, ids: readonly string[]): Promise<Map<string, NodeKind>> {
  if (ids.length <= CHECK_BY_SCAN) return deps.kindsOf(ids);
  const wanted = new Set(ids);
  const taken = new Map<string, NodeKind>();
  for (const row of await deps.db.run(readCypher('kuzu', 'all-names'))) {
    const id = String(row.id);
    const kind = String(row.kind);
    if (wanted.has(id) && isNodeKind(kind)) taken.set(id, kind);
  }
  return taken;
}

/** New rows of one table: COPY from a temporary file when many, UNWIND … CREATE when few. */
async function createRows(
  db: KuzuConnections,
  table: string,
  rows: ReadonlyArray<NodeRow | EdgeRow>,
  unwindText: string,
  copyOptions: string,
  dir: () => string,
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length < COPY_FROM) {
    for (const chunk of chunks(rows, WRITE_CHUNK)) await db.run(unwindText, { rows: chunk });
    return;
  }
  const isEdge = 'from' in (rows[0] as object);
  const file = safePath(join(dir(), `${table}-${Math.random().toString(36).slice(2)}.csv`));
  writeFileSync(
    file,
    isEdge ? csvText(rows as EdgeRow[], EDGE_COLUMNS) : csvText(rows as NodeRow[], NODE_COLUMNS),
  );
  // The table comes from the declared kinds (bindLabels); the path is one this function made.
  await db.control(
    bindLabels(`COPY __TABLE__ FROM '${file}' (HEADER=true, ESCAPE='"', PARALLEL=false${copyOptions})`, {
      TABLE: table,
    }),
  );
}

/** The statements of a batch, inside the transaction. */
async function writeStatements(deps: KuzuWriteDeps, batch: WriteBatch, dir: () => string): Promise<void> {
  const { db, encode } = deps;
  const newNodes = batch.newNodes ?? [];
  const { upsertGroups, freshGroups } = await planWriteBatch(batch, (ids) => deps.kindsOf(ids));
  for (const kind of NODE_KINDS) {
    const rows = batch.nodes.filter((node) => node.kind === kind).map(encode);
    const text = bindLabels(readCypher('kuzu', 'upsert-nodes'), { KIND: kind });
    for (const chunk of chunks(rows, WRITE_CHUNK)) await db.run(text, { rows: chunk });
    const fresh = newNodes.filter((node) => node.kind === kind).map(encode);
    await createRows(
      db,
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
    for (const chunk of chunks(group.edges.map(encodeEdge), WRITE_CHUNK)) await db.run(text, { rows: chunk });
  }
  for (const group of freshGroups) {
    const text = bindLabels(readCypher('kuzu', 'create-edges'), {
      FROM: group.from,
      TO: group.to,
      REL: group.kind,
    });
    // from and to are declared node kinds (planEdgeWrites takes them from the store), never values.
    await createRows(
      db,
      group.kind,
      group.edges.map(encodeEdge),
      text,
      `, from='${group.from}', to='${group.to}'`,
      dir,
    );
  }
}

/** Writes a batch in one transaction, all or nothing; call it inside `db.exclusive`. */
export async function writeKuzuBatch(deps: KuzuWriteDeps, batch: WriteBatch): Promise<void> {
  refuseTakenIds(
    await takenIds(
      deps,
      (batch.newNodes ?? []).map((node) => node.id),
    ),
  );
  let tempDir: string | null = null;
  const dir = () => (tempDir ??= mkdtempSync(join(tmpdir(), 'kg-kuzu-copy-')));
  await deps.db.control('BEGIN TRANSACTION');
  try {
    await writeStatements(deps, batch, dir);
    await failPoint('before-commit');
    await deps.db.control('COMMIT');
  } catch (error) {
    // kuzu may already have rolled back after a failed statement; the original error is what matters.
    await deps.db.control('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
