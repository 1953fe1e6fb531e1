/**
 * kuzu's side of a write transaction (WriteTx): the states before, read on the writer inside the
 * transaction, the batch applied by kuzu-bulk-write.ts, and the change-set tables.
 */
import { NODE_KINDS, type ChangeSet, type GraphEdge, type GraphNode, type NodeKind } from '#model';
import type { EdgeRef } from '../../graph-store.ts';
import {
  CHANGE_ENTRY_COLUMNS,
  decodeChangeEntry,
  decodeChangeSet,
  encodeChangeSet,
  withEntries,
} from '../change-sets/change-set-codec.ts';
import { decodeReviewPair } from '../change-sets/review-pair-codec.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { applyKeepingCounts, countKeeper } from '../derived-counts.ts';
import { decodeEdge, decodeNode } from '../record-codec.ts';
import type { WriteTx } from '../write-tx.ts';
import { applyKuzuBatch, chunks, createRows, type KuzuWriteDeps } from './kuzu-bulk-write.ts';
import type { Row } from './kuzu-connections.ts';

const CHUNK = 5_000;

type NodeRef = { readonly id: string; readonly kind: NodeKind };

function byKind(refs: readonly NodeRef[]): Map<NodeKind, string[]> {
  const groups = new Map<NodeKind, string[]>();
  for (const ref of refs) groups.set(ref.kind, [...(groups.get(ref.kind) ?? []), ref.id]);
  return groups;
}

export function kuzuWriteTx(deps: KuzuWriteDeps, dir: () => string): WriteTx {
  const { db } = deps;
  const labelled = (name: string, labels: Record<string, string>) =>
    bindLabels(readCypher('kuzu', name), labels);

  async function edgesTouching(refs: readonly NodeRef[]): Promise<GraphEdge[]> {
    const edges = new Map<string, GraphEdge>();
    for (const [kind, ids] of byKind(refs))
      for (const name of ['change-edges-out', 'change-edges-in'])
        for (const chunk of chunks([...new Set(ids)], CHUNK))
          for (const row of await db.run(labelled(name, { KIND: kind }), { ids: chunk }))
            edges.set(String(row.id), decodeEdge(String(row.kind), row));
    return [...edges.values()];
  }

  const counts = countKeeper('kuzu', (text, params) => db.run(text, params), edgesTouching);

  return {
    async nodesById(refs) {
      const nodes: GraphNode[] = [];
      for (const [kind, ids] of byKind(refs))
        for (const chunk of chunks([...new Set(ids)], CHUNK))
          for (const row of await db.run(labelled('change-nodes-by-id', { KIND: kind }), { ids: chunk }))
            nodes.push(decodeNode(kind, row.n as Row));
      return nodes;
    },
    async edgesById(refs: readonly EdgeRef[]) {
      if (refs.length === 0) return [];
      const ends = await deps.kindsOf([...new Set(refs.flatMap((ref) => [ref.from, ref.to]))]);
      const groups = new Map<string, { kind: string; from: NodeKind; to: NodeKind; rows: EdgeRef[] }>();
      for (const ref of refs) {
        const from = ends.get(ref.from);
        const to = ends.get(ref.to);
        if (!from || !to) continue;
        const key = `${ref.kind}|${from}|${to}`;
        const group = groups.get(key) ?? { kind: ref.kind, from, to, rows: [] };
        group.rows.push(ref);
        groups.set(key, group);
      }
      const edges: GraphEdge[] = [];
      for (const group of groups.values()) {
        const text = labelled('change-edges-by-id', { REL: group.kind, FROM: group.from, TO: group.to });
        for (const chunk of chunks(group.rows, CHUNK))
          for (const row of await db.run(text, { rows: chunk.map(({ id, from, to }) => ({ id, from, to })) }))
            edges.push(decodeEdge(group.kind, row));
      }
      return edges;
    },
    edgesTouching,
    // Derived counts (degree, track record) kept exact in this transaction: see derived-counts.ts.
    apply: (batch) => applyKeepingCounts(batch, counts, () => applyKuzuBatch(deps, batch, dir)),
    async saveChangeSet(set: ChangeSet) {
      const rows = encodeChangeSet(set);
      await db.run(readCypher('kuzu', 'save-change-set'), { ...rows.set });
      await createRows(
        db,
        'ChangeEntry',
        rows.entries,
        CHANGE_ENTRY_COLUMNS,
        readCypher('kuzu', 'save-change-entries'),
        '',
        dir,
      );
    },
    async markUndone(id, by) {
      await db.run(readCypher('kuzu', 'mark-undone'), { id, by });
    },
    async reviewPairsById(ids) {
      if (ids.length === 0) return [];
      return (await db.run(readCypher('kuzu', 'review-pairs-by-id'), { ids: [...new Set(ids)] })).map(
        decodeReviewPair,
      );
    },
    async loadChangeSet(id) {
      const [row] = await db.run(readCypher('kuzu', 'change-set'), { id });
      if (!row) return null;
      const entries = await db.run(readCypher('kuzu', 'change-entries'), { id });
      return withEntries(decodeChangeSet(row), entries.map(decodeChangeEntry));
    },
    async latestTouching(recordIds, except, limit) {
      if (recordIds.length === 0) return [];
      const rows = await db.run(readCypher('kuzu', 'change-sets-touching'), {
        ids: [...recordIds],
        except,
        limit,
      });
      return rows.map(decodeChangeSet);
    },
  };
}

/** Every node kind, for callers that must look in every table. */
export const ALL_KINDS = NODE_KINDS;
