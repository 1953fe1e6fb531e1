/**
 * Writes into kuzu: one transaction per batch on the writer. Upserts go through UNWIND … MERGE in chunks;
 * rows the caller knows are new take the fast path, COPY from a temporary CSV file when there are many
 * (about a hundred times faster than per-row statements) or UNWIND … CREATE when few; a kind's own
 * columns (PropertySpec.column) set from the props after; deletions last.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_KINDS, columnProperties, isNodeKind, type GraphNode, type NodeKind } from '#model';
import type { WriteBatch } from '../../graph-store.ts';
import { columnTexts } from '../column-values.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { failPoint } from '../fail-point.ts';
import { planWriteBatch, refuseTakenIds } from '../plan-write-batch.ts';
import { NODE_READ_COLUMNS, encodeEdge, type EdgeRow, type NodeRow } from '../record-codec.ts';
import { columnFileName } from './kuzu-columns.ts';
import { encodeReviewPair } from '../change-sets/review-pair-codec.ts';
import type { KuzuConnections } from './kuzu-connections.ts';

const WRITE_CHUNK = 5_000;
/** From this many new rows of one table on, they are written with COPY from a temporary CSV file. */
const COPY_FROM = 500;
/** Above this many new nodes, their ids are checked against a scan of all ids rather than one by one. */
const CHECK_BY_SCAN = 2_000;

const NODE_COLUMNS: ReadonlyArray<keyof NodeRow> = [...NODE_READ_COLUMNS, 'searchText'];
const EDGE_COLUMNS: ReadonlyArray<keyof EdgeRow> = ['from', 'to', 'id', 'props', 'sources'];

/** CSV text for kuzu's COPY: fields quoted when needed, quotes doubled (an empty field reads back as null). */
export function csvText<T>(rows: readonly T[], columns: ReadonlyArray<keyof T>): string {
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

export function chunks<T>(items: readonly T[], size: number): T[][] {
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
export async function createRows<T extends object>(
  db: KuzuConnections,
  table: string,
  rows: readonly T[],
  columns: ReadonlyArray<keyof T>,
  unwindText: string,
  copyOptions: string,
  dir: () => string,
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length < COPY_FROM) {
    for (const chunk of chunks(rows, WRITE_CHUNK)) await db.run(unwindText, { rows: chunk });
    return;
  }
  const file = safePath(join(dir(), `${table}-${Math.random().toString(36).slice(2)}.csv`));
  writeFileSync(file, csvText(rows, columns));
  // The table is a declared kind or a change-set table (bindLabels); the path is one this module made.
  // Node tables name their columns: entity tables also hold derived counts, which COPY leaves at 0.
  const named = isNodeKind(table) ? `(${columns.map(String).join(', ')})` : '';
  await db.control(
    bindLabels(
      `COPY __TABLE__${named} FROM '${file}' (HEADER=true, ESCAPE='"', PARALLEL=false${copyOptions})`,
      { TABLE: table },
    ),
  );
}

/** A kind's own columns (PropertySpec.column) from the props of the nodes of that kind just written. */
async function setOwnColumns(
  db: KuzuConnections,
  kind: NodeKind,
  nodes: readonly GraphNode[],
): Promise<void> {
  if (columnProperties(kind).length === 0) return;
  const rows = nodes.filter((node) => node.kind === kind).map(columnTexts);
  const text = readCypher('kuzu', columnFileName(kind));
  for (const chunk of chunks(rows, WRITE_CHUNK)) await db.run(text, { rows: chunk });
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
      NODE_COLUMNS,
      bindLabels(readCypher('kuzu', 'create-nodes'), { KIND: kind }),
      '',
      dir,
    );
    await setOwnColumns(db, kind, [...batch.nodes, ...newNodes]);
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
      EDGE_COLUMNS,
      text,
      `, from='${group.from}', to='${group.to}'`,
      dir,
    );
  }
}

/** Deletes relationships (found by their ends) and then nodes with every relationship touching them. */
async function deleteRecords(deps: KuzuWriteDeps, batch: WriteBatch): Promise<void> {
  const { db } = deps;
  const deletedEdges = batch.deleteEdges ?? [];
  if (deletedEdges.length > 0) {
    const ends = await deps.kindsOf([...new Set(deletedEdges.flatMap((edge) => [edge.from, edge.to]))]);
    const groups = new Map<string, { kind: string; from: NodeKind; to: NodeKind; rows: object[] }>();
    for (const edge of deletedEdges) {
      const from = ends.get(edge.from);
      const to = ends.get(edge.to);
      if (!from || !to) continue;
      const key = `${edge.kind}|${from}|${to}`;
      const group = groups.get(key) ?? { kind: edge.kind, from, to, rows: [] };
      group.rows.push({ id: edge.id, from: edge.from, to: edge.to });
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const text = bindLabels(readCypher('kuzu', 'delete-edges'), {
        REL: group.kind,
        FROM: group.from,
        TO: group.to,
      });
      for (const chunk of chunks(group.rows, WRITE_CHUNK)) await db.run(text, { rows: chunk });
    }
  }
  for (const kind of NODE_KINDS) {
    const ids = (batch.deleteNodes ?? []).filter((node) => node.kind === kind).map((node) => node.id);
    const text = bindLabels(readCypher('kuzu', 'delete-nodes'), { KIND: kind });
    for (const chunk of chunks(ids, WRITE_CHUNK)) await db.run(text, { ids: chunk });
  }
}

/**
 * Applies a batch inside the current transaction: upserts, fast-path creations, then deletions. Ids of
 * new nodes already taken refuse the whole batch.
 */
export async function applyKuzuBatch(
  deps: KuzuWriteDeps,
  batch: WriteBatch,
  dir: () => string,
): Promise<void> {
  refuseTakenIds(
    await takenIds(
      deps,
      (batch.newNodes ?? []).map((node) => node.id),
    ),
  );
  await writeStatements(deps, batch, dir);
  await deleteRecords(deps, batch);
  await writeReviewPairs(deps.db, batch);
}

/** The review queue's pairs: upserted, or removed (an undone proposal). */
async function writeReviewPairs(db: KuzuConnections, batch: WriteBatch): Promise<void> {
  const rows = (batch.reviewPairs ?? []).map(encodeReviewPair);
  for (const chunk of chunks(rows, WRITE_CHUNK))
    await db.run(readCypher('kuzu', 'upsert-review-pairs'), { rows: chunk });
  for (const chunk of chunks([...(batch.deleteReviewPairs ?? [])], WRITE_CHUNK))
    await db.run(readCypher('kuzu', 'delete-review-pairs'), { ids: chunk });
}

/**
 * Runs work in one transaction on the writer, all or nothing; call it inside `db.exclusive`. `dir`
 * gives a temporary folder for COPY files, removed afterwards.
 */
export async function inKuzuTransaction<T>(
  db: KuzuConnections,
  work: (dir: () => string) => Promise<T>,
): Promise<T> {
  let tempDir: string | null = null;
  const dir = () => (tempDir ??= mkdtempSync(join(tmpdir(), 'kg-kuzu-copy-')));
  await db.control('BEGIN TRANSACTION');
  try {
    const result = await work(dir);
    await failPoint('before-commit');
    await db.control('COMMIT');
    return result;
  } catch (error) {
    // kuzu may already have rolled back after a failed statement; the original error is what matters.
    await db.control('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}
