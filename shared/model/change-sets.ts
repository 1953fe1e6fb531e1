/**
 * Change sets, declared once: every write to the graph (a seed, an import, an edit, a delete, a merge,
 * an undo) is one change set, recorded in the same transaction, with who made it, when, what kind of
 * change, counts per kind, and each record it touched as it was before and after, so that it can be
 * undone exactly.
 */
import type { GraphEdge, GraphNode } from './records.ts';
import type { ReviewPair } from './review-pairs.ts';

export const CHANGE_KINDS = ['seed', 'import', 'edit', 'delete', 'merge', 'review', 'undo'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_SPECS: Readonly<Record<ChangeKind, { readonly zh: string; readonly en: string }>> = {
  seed: { zh: '初始数据', en: 'seed' },
  import: { zh: '导入', en: 'import' },
  edit: { zh: '编辑', en: 'edit' },
  delete: { zh: '删除', en: 'delete' },
  merge: { zh: '合并', en: 'merge' },
  review: { zh: '名称确认', en: 'name review' },
  undo: { zh: '撤销', en: 'undo' },
};

export function isChangeKind(value: string): value is ChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(value);
}

/** Who makes a change and what kind it is; the store adds the id and the time. */
export interface ChangeMeta {
  readonly editor: string;
  readonly kind: ChangeKind;
  /** A line saying what was done, e.g. the files of an import. */
  readonly note?: string;
  /** For an undo: the change set it undoes. */
  readonly undoes?: string;
  /** For an import: a digest of everything it read, so that the same input again is seen at once. */
  readonly digest?: string;
}

/** One record a change touched: null before means created, null after means deleted. */
export type ChangeEntry =
  | {
      readonly type: 'node';
      readonly id: string;
      readonly before: GraphNode | null;
      readonly after: GraphNode | null;
    }
  | {
      readonly type: 'edge';
      readonly id: string;
      readonly before: GraphEdge | null;
      readonly after: GraphEdge | null;
    }
  | {
      readonly type: 'review';
      readonly id: string;
      readonly before: ReviewPair | null;
      readonly after: ReviewPair | null;
    };

/** Records created, updated and deleted, per kind of entity or relationship. */
export interface ChangeCount {
  readonly kind: string;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
}

export interface ChangeSetSummary {
  readonly id: string;
  readonly editor: string;
  /** ISO 8601, UTC, to the millisecond. */
  readonly at: string;
  readonly kind: ChangeKind;
  readonly note: string;
  readonly counts: readonly ChangeCount[];
  readonly entryCount: number;
  /** The change set this one undoes. */
  readonly undoes: string | null;
  /** The change set that undid this one. */
  readonly undoneBy: string | null;
  /** An import's digest of its input (see ChangeMeta), or null. */
  readonly digest: string | null;
}

export interface ChangeSet extends ChangeSetSummary {
  readonly entries: readonly ChangeEntry[];
}
