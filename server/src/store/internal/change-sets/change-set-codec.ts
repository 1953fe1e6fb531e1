/**
 * Change sets as both backends store them: a ChangeSet record with its counts as JSON, and one
 * ChangeEntry per touched record with the states before and after as JSON ('' for none), the ends of a
 * relationship beside it so that an entity's history finds its relationships too.
 */
import {
  isChangeKind,
  type ChangeCount,
  type ChangeEntry,
  type ChangeSet,
  type ChangeSetSummary,
  type GraphEdge,
  type GraphNode,
  type ReviewPair,
} from '#model';

type Row = Readonly<Record<string, unknown>>;

export interface ChangeSetRow {
  readonly id: string;
  readonly editor: string;
  readonly at: string;
  readonly kind: string;
  readonly note: string;
  readonly counts: string;
  readonly entryCount: number;
  readonly undoes: string;
  readonly digest: string;
}

export interface ChangeEntryRow {
  readonly id: string;
  readonly changeSet: string;
  readonly seq: number;
  readonly record: string;
  readonly type: string;
  readonly fromId: string;
  readonly toId: string;
  readonly before: string;
  readonly after: string;
}

export const CHANGE_ENTRY_COLUMNS: ReadonlyArray<keyof ChangeEntryRow> = [
  'id',
  'changeSet',
  'seq',
  'record',
  'type',
  'fromId',
  'toId',
  'before',
  'after',
];

export function encodeChangeSet(set: ChangeSet): { set: ChangeSetRow; entries: ChangeEntryRow[] } {
  return {
    set: {
      id: set.id,
      editor: set.editor,
      at: set.at,
      kind: set.kind,
      note: set.note,
      counts: JSON.stringify(set.counts),
      entryCount: set.entryCount,
      undoes: set.undoes ?? '',
      digest: set.digest ?? '',
    },
    entries: set.entries.map((entry, seq) => {
      const edge = entry.type === 'edge' ? (entry.after ?? entry.before) : null;
      return {
        id: `${set.id}#${seq}`,
        changeSet: set.id,
        seq,
        record: entry.id,
        type: entry.type,
        fromId: edge?.from ?? '',
        toId: edge?.to ?? '',
        before: entry.before ? JSON.stringify(entry.before) : '',
        after: entry.after ? JSON.stringify(entry.after) : '',
      };
    }),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function decodeChangeSet(row: Row): ChangeSetSummary {
  const kind = text(row.kind);
  if (!isChangeKind(kind)) throw new Error(`Stored change set has an undeclared kind: ${kind}`);
  return {
    id: text(row.id),
    editor: text(row.editor),
    at: text(row.at),
    kind,
    note: text(row.note),
    counts: text(row.counts) ? (JSON.parse(text(row.counts)) as ChangeCount[]) : [],
    entryCount: Number(row.entryCount ?? 0),
    undoes: text(row.undoes) || null,
    undoneBy: text(row.undoneBy) || null,
    digest: text(row.digest) || null,
  };
}

export function decodeChangeEntry(row: Row): ChangeEntry {
  const state = <T>(value: unknown): T | null => (text(value) ? (JSON.parse(text(value)) as T) : null);
  const id = text(row.record);
  if (text(row.type) === 'review')
    return { type: 'review', id, before: state<ReviewPair>(row.before), after: state<ReviewPair>(row.after) };
  if (text(row.type) === 'edge')
    return { type: 'edge', id, before: state<GraphEdge>(row.before), after: state<GraphEdge>(row.after) };
  return { type: 'node', id, before: state<GraphNode>(row.before), after: state<GraphNode>(row.after) };
}

export function withEntries(summary: ChangeSetSummary, entries: readonly ChangeEntry[]): ChangeSet {
  return { ...summary, entries };
}
