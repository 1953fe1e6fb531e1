/**
 * Derived data kept at write time: each entity's degree (relationships touching it) and track record
 * (relationships of cooperation, projects, programmes, hosting and advice), stored on the entity so that
 * reads take them with the node instead of counting. Every batch a write transaction applies (imports,
 * edits, undo) goes through `applyKeepingCounts`, which recounts exactly the entities whose relationships
 * the batch may change, in the same transaction; a large batch recounts every entity.
 */
import { NODE_KINDS, type GraphEdge, type NodeKind, type RelKind } from '#model';
import type { Backend, WriteBatch } from '../graph-store.ts';
import { bindLabels, readCypher } from './cypher-files.ts';

/** Relationships that make up a track record, counted either way. */
export const TRACK_RECORD_RELS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'PARTICIPATES_IN',
  'IN_PROGRAMME',
  'HOSTS',
  'ADVISES',
];

/** From this many touched entities on, every entity is recounted (table scans beat id lookups). */
export const RECOUNT_ALL_FROM = 5_000;

/** What a backend offers for keeping the counts, inside its write transaction. */
export interface CountKeeper {
  /** Every relationship touching these nodes, either way (read before they are deleted). */
  edgesTouching(refs: ReadonlyArray<{ readonly id: string; readonly kind: NodeKind }>): Promise<GraphEdge[]>;
  /** Recounts the given entities (those that exist). */
  recount(ids: readonly string[]): Promise<void>;
  /** Recounts every entity. */
  recountAll(): Promise<void>;
}

/**
 * The entities whose counts a batch may change: both ends of every relationship it writes or deletes, and
 * the neighbours of the entities it deletes. Node upserts alone change no count. A new kind of removal
 * added to WriteBatch must add its ends here.
 */
export async function touchedByBatch(batch: WriteBatch, keeper: CountKeeper): Promise<Set<string>> {
  const touched = new Set<string>();
  for (const edge of [...batch.edges, ...(batch.newEdges ?? []), ...(batch.deleteEdges ?? [])]) {
    touched.add(edge.from).add(edge.to);
  }
  const deleted = batch.deleteNodes ?? [];
  if (deleted.length > 0)
    for (const edge of await keeper.edgesTouching(deleted)) touched.add(edge.from).add(edge.to);
  for (const node of deleted) touched.delete(node.id);
  return touched;
}

const CHUNK = 5_000;

/**
 * A backend's CountKeeper: `run` sends one statement inside the write transaction, `edgesTouching` is the
 * transaction's own (WriteTx.edgesTouching).
 */
export function countKeeper(
  backend: Backend,
  run: (text: string, params: Record<string, unknown>) => Promise<unknown>,
  edgesTouching: CountKeeper['edgesTouching'],
): CountKeeper {
  const separator = backend === 'kuzu' ? ':' : '|';
  const statement = (name: string, labels: Record<string, string | readonly string[]> = {}) =>
    bindLabels(readCypher(backend, name), { RECORD: TRACK_RECORD_RELS, ...labels }, separator);
  return {
    edgesTouching,
    async recount(ids) {
      // kuzu reads relationships written in the open transaction wrongly through a pattern over several
      // node tables (it mixes up nodes of different tables at the same offset): one table at a time.
      const texts =
        backend === 'kuzu'
          ? NODE_KINDS.map((kind) => statement('recount-entities', { KIND: kind }))
          : [statement('recount-entities')];
      for (const text of texts)
        for (let i = 0; i < ids.length; i += CHUNK) await run(text, { ids: ids.slice(i, i + CHUNK) });
    },
    async recountAll() {
      if (backend === 'neo4j') await run(statement('recount-all'), {});
      else for (const kind of NODE_KINDS) await run(statement('recount-table', { KIND: kind }), {});
    },
  };
}

/** Applies a batch and brings the derived counts of everything it touched up to date. */
export async function applyKeepingCounts(
  batch: WriteBatch,
  keeper: CountKeeper,
  apply: () => Promise<void>,
): Promise<void> {
  const touched = await touchedByBatch(batch, keeper);
  await apply();
  if (touched.size === 0) return;
  if (touched.size >= RECOUNT_ALL_FROM) await keeper.recountAll();
  else await keeper.recount([...touched].sort());
}

/** Degree and track record of every entity computed from its relationships (for checks and tests). */
export function countsFromEdges(
  edges: ReadonlyArray<{ readonly kind: RelKind; readonly from: string; readonly to: string }>,
): Map<string, { degree: number; trackRecord: number }> {
  const counts = new Map<string, { degree: number; trackRecord: number }>();
  const record = new Set(TRACK_RECORD_RELS);
  for (const edge of edges) {
    for (const id of [edge.from, edge.to]) {
      const known = counts.get(id) ?? { degree: 0, trackRecord: 0 };
      known.degree += 1;
      if (record.has(edge.kind)) known.trackRecord += 1;
      counts.set(id, known);
    }
  }
  return counts;
}
