/**
 * What a write changes, as a change set: each record it touched, before and after, records that stay
 * as they were left out, and counts per kind. Pure: the states before are read by the caller inside
 * the write's transaction.
 */
import type {
  ChangeCount,
  ChangeEntry,
  ChangeMeta,
  ChangeSet,
  GraphEdge,
  GraphNode,
  ReviewPair,
} from '#model';
import type { WriteBatch } from '../../graph-store.ts';

/** JSON with keys in a fixed order, so that equal records compare equal however they were built. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}

type AnyRecord = GraphNode | GraphEdge | ReviewPair;

/** Whether two states are the same record; a record and none never are (no need to spell them out). */
export const sameRecord = (a: AnyRecord | null, b: AnyRecord | null): boolean =>
  a === null || b === null ? a === b : canonical(a) === canonical(b);

export interface StatesBefore {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  readonly reviews?: ReadonlyMap<string, ReviewPair>;
}

/** A readable, sortable id: the time to the millisecond and a random tail. */
export function changeSetId(at: Date, random: () => number = Math.random): string {
  const stamp = at.toISOString().replace(/[-:]/gu, '').replace('T', '-').replace('.', '').replace('Z', '');
  const tail = Math.floor(random() * 0xffffff)
    .toString(16)
    .padStart(6, '0');
  return `cs-${stamp}-${tail}`;
}

function countOf(entries: readonly ChangeEntry[]): ChangeCount[] {
  const counts = new Map<string, { created: number; updated: number; deleted: number }>();
  for (const entry of entries) {
    const kind = entry.type === 'review' ? 'ReviewPair' : ((entry.after ?? entry.before)?.kind ?? 'unknown');
    const count = counts.get(kind) ?? { created: 0, updated: 0, deleted: 0 };
    if (!entry.before) count.created += 1;
    else if (!entry.after) count.deleted += 1;
    else count.updated += 1;
    counts.set(kind, count);
  }
  return [...counts].map(([kind, count]) => ({ kind, ...count })).sort((a, b) => (a.kind < b.kind ? -1 : 1));
}

/**
 * The entries of a batch given the states before. Deleting a node deletes every relationship touching
 * it, so those are entries too (`detached`: the current relationships of the deleted nodes).
 */
export function changeEntries(
  batch: WriteBatch,
  before: StatesBefore,
  detached: readonly GraphEdge[],
): ChangeEntry[] {
  const nodes = new Map<string, ChangeEntry>();
  const edges = new Map<string, ChangeEntry>();
  for (const node of [...(batch.newNodes ?? []), ...batch.nodes])
    nodes.set(node.id, { type: 'node', id: node.id, before: before.nodes.get(node.id) ?? null, after: node });
  for (const edge of [...(batch.newEdges ?? []), ...batch.edges])
    edges.set(edge.id, { type: 'edge', id: edge.id, before: before.edges.get(edge.id) ?? null, after: edge });
  for (const edge of [
    ...detached,
    ...(batch.deleteEdges ?? []).flatMap((ref) => before.edges.get(ref.id) ?? []),
  ])
    edges.set(edge.id, { type: 'edge', id: edge.id, before: edge, after: null });
  for (const ref of batch.deleteNodes ?? []) {
    const node = before.nodes.get(ref.id);
    if (node) nodes.set(node.id, { type: 'node', id: node.id, before: node, after: null });
  }
  const reviews = new Map<string, ChangeEntry>();
  for (const pair of batch.reviewPairs ?? [])
    reviews.set(pair.id, {
      type: 'review',
      id: pair.id,
      before: before.reviews?.get(pair.id) ?? null,
      after: pair,
    });
  for (const id of batch.deleteReviewPairs ?? []) {
    const pair = before.reviews?.get(id);
    if (pair) reviews.set(id, { type: 'review', id, before: pair, after: null });
  }
  return [...nodes.values(), ...edges.values(), ...reviews.values()].filter(
    (entry) => !sameRecord(entry.before, entry.after),
  );
}

export function describeChange(
  entries: readonly ChangeEntry[],
  meta: ChangeMeta,
  at: Date,
  id: string = changeSetId(at),
): ChangeSet {
  return {
    id,
    editor: meta.editor,
    at: at.toISOString(),
    kind: meta.kind,
    note: meta.note ?? '',
    counts: countOf(entries),
    entryCount: entries.length,
    undoes: meta.undoes ?? null,
    undoneBy: null,
    digest: meta.digest ?? null,
    entries,
  };
}
