/**
 * Neo4j's side of a write transaction (WriteTx), on one managed transaction: the states before, the
 * batch applied as batched UNWIND statements (MERGE for upserts, CREATE for records known to be new,
 * DETACH DELETE for deletions), and the change-set nodes.
 */
import neo4j, { type ManagedTransaction, type Node } from 'neo4j-driver';
import { NODE_KINDS, isNodeKind, type GraphNode, type NodeKind } from '#model';
import type { WriteBatch } from '../../graph-store.ts';
import {
  decodeChangeEntry,
  decodeChangeSet,
  encodeChangeSet,
  withEntries,
} from '../change-sets/change-set-codec.ts';
import { columnValues } from '../column-values.ts';
import { decodeReviewPair, encodeReviewPair } from '../change-sets/review-pair-codec.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { timedStatement } from '../timed-statement.ts';
import { applyKeepingCounts, countKeeper } from '../derived-counts.ts';
import { planWriteBatch } from '../plan-write-batch.ts';
import { decodeEdge, decodeNode, encodeEdge, type NodeRow } from '../record-codec.ts';
import type { WriteTx } from '../write-tx.ts';

type Row = Record<string, unknown>;

const WRITE_CHUNK = 5_000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface Neo4jTxDeps {
  readonly encode: (node: GraphNode) => NodeRow;
  readonly onStatement?: ((text: string, elapsedMs: number) => void) | undefined;
}

export function neo4jWriteTx(tx: ManagedTransaction, deps: Neo4jTxDeps): WriteTx {
  const run = (query: string, params: Row = {}) =>
    timedStatement(deps.onStatement, query, async () =>
      (await tx.run(query, params)).records.map((record) => record.toObject()),
    );
  const statement = (name: string) => readCypher('neo4j', name);

  async function kindsOf(ids: readonly string[]): Promise<Map<string, NodeKind>> {
    const kinds = new Map<string, NodeKind>();
    if (ids.length === 0) return kinds;
    for (const row of await run(statement('kinds-of'), { ids: [...ids] })) {
      const kind = String(row.kind);
      if (isNodeKind(kind)) kinds.set(String(row.id), kind);
    }
    return kinds;
  }

  /** A node as stored, with its kind's own columns (PropertySpec.column) as properties, null for none. */
  const encodeWithColumns = (node: GraphNode) => ({ ...deps.encode(node), columns: columnValues(node) });

  async function apply(batch: WriteBatch): Promise<void> {
    const newNodes = batch.newNodes ?? [];
    const { upsertGroups, freshGroups } = await planWriteBatch(batch, kindsOf);
    for (const kind of NODE_KINDS) {
      const rows = batch.nodes.filter((node) => node.kind === kind).map(encodeWithColumns);
      const text = bindLabels(statement('upsert-nodes'), { KIND: kind });
      for (const chunk of chunks(rows, WRITE_CHUNK)) await run(text, { rows: chunk });
      const fresh = newNodes.filter((node) => node.kind === kind).map(encodeWithColumns);
      const create = bindLabels(statement('create-nodes'), { KIND: kind });
      for (const chunk of chunks(fresh, WRITE_CHUNK)) await run(create, { rows: chunk });
    }
    for (const [groups, name] of [
      [upsertGroups, 'upsert-edges'],
      [freshGroups, 'create-edges'],
    ] as const) {
      for (const group of groups) {
        const text = bindLabels(statement(name), { REL: group.kind });
        for (const chunk of chunks(group.edges.map(encodeEdge), WRITE_CHUNK))
          await run(text, { rows: chunk });
      }
    }
    const deleteEdges = (batch.deleteEdges ?? []).map(({ id, from, to }) => ({ id, from, to }));
    for (const chunk of chunks(deleteEdges, WRITE_CHUNK))
      await run(statement('delete-edges'), { rows: chunk });
    const pairs = (batch.reviewPairs ?? []).map((pair) => ({
      ...encodeReviewPair(pair),
      score: Number(pair.score),
    }));
    for (const chunk of chunks(pairs, WRITE_CHUNK))
      await run(statement('upsert-review-pairs'), { rows: chunk });
    for (const chunk of chunks([...(batch.deleteReviewPairs ?? [])], WRITE_CHUNK))
      await run(statement('delete-review-pairs'), { ids: chunk });
    const deleteNodes = (batch.deleteNodes ?? []).map((node) => node.id);
    for (const chunk of chunks(deleteNodes, WRITE_CHUNK))
      await run(statement('delete-nodes'), { ids: chunk });
  }

  async function edgesTouching(refs: ReadonlyArray<{ readonly id: string }>) {
    if (refs.length === 0) return [];
    const rows = await run(statement('change-edges-touching'), {
      ids: [...new Set(refs.map((ref) => ref.id))],
    });
    return rows.map((row) => decodeEdge(String(row.kind), row));
  }
  const counts = countKeeper('neo4j', run, edgesTouching);

  return {
    async nodesById(refs) {
      if (refs.length === 0) return [];
      const rows = await run(statement('change-nodes-by-id'), {
        ids: [...new Set(refs.map((ref) => ref.id))],
      });
      return rows.map((row) => decodeNode(String(row.kind), (row.n as Node).properties as Row));
    },
    async edgesById(refs) {
      if (refs.length === 0) return [];
      const rows = await run(statement('change-edges-by-id'), {
        rows: refs.map(({ id, from, to }) => ({ id, from, to })),
      });
      return rows.map((row) => decodeEdge(String(row.kind), row));
    },
    edgesTouching,
    // Derived counts (degree, track record) kept exact in this transaction: see derived-counts.ts.
    apply: (batch) => applyKeepingCounts(batch, counts, () => apply(batch)),
    async saveChangeSet(set) {
      const rows = encodeChangeSet(set);
      await run(statement('save-change-set'), { ...rows.set, entryCount: neo4j.int(rows.set.entryCount) });
      const entries = rows.entries.map((entry) => ({ ...entry, seq: neo4j.int(entry.seq) }));
      for (const chunk of chunks(entries, WRITE_CHUNK))
        await run(statement('save-change-entries'), { rows: chunk });
    },
    async markUndone(id, by) {
      await run(statement('mark-undone'), { id, by });
    },
    async reviewPairsById(ids) {
      if (ids.length === 0) return [];
      return (await run(statement('review-pairs-by-id'), { ids: [...new Set(ids)] })).map(decodeReviewPair);
    },
    async loadChangeSet(id) {
      const [row] = await run(statement('change-set'), { id });
      if (!row) return null;
      const entries = await run(statement('change-entries'), { id });
      return withEntries(decodeChangeSet(row), entries.map(decodeChangeEntry));
    },
    async latestTouching(recordIds, except, limit) {
      if (recordIds.length === 0) return [];
      const rows = await run(statement('change-sets-touching'), {
        ids: [...recordIds],
        except,
        limit: neo4j.int(limit),
      });
      return rows.map(decodeChangeSet);
    },
  };
}
