/**
 * The review queue (待确认): pairs of entities that may be one and the same, proposed by an import that was
 * not sure or by a scan of the graph, each with its score and the reasons for and against, until an
 * editor merges them or keeps them apart. A pair kept apart is remembered, so it is not asked again.
 * Pairs are records of the graph database like entities, so deciding one is a change set and undoable.
 */
import type { NodeKind } from './node-kinds.ts';

export const REVIEW_STATUSES = ['open', 'merged', 'apart'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_SPECS: Readonly<
  Record<ReviewStatus, { readonly zh: string; readonly en: string }>
> = {
  open: { zh: '待确认', en: 'to review' },
  merged: { zh: '已合并', en: 'merged' },
  apart: { zh: '确认不同', en: 'kept apart' },
};

export function isReviewStatus(value: string): value is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(value);
}

/** A reason for or against (a negative weight) two names being one. */
export interface ReviewReason {
  readonly code: string;
  readonly weight: number;
  readonly zh: string;
  readonly en: string;
}

export interface ReviewPair {
  /** `review:` + the two ids in order: the same pair always has the same id. */
  readonly id: string;
  readonly kind: NodeKind;
  /** The two entities, in id order. */
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reasons: readonly ReviewReason[];
  /** What proposed it: an import (its files and row) or a scan. */
  readonly proposedBy: string;
  readonly status: ReviewStatus;
  /** Who decided, and when (ISO time); empty while open. */
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly createdAt: string;
}

export function reviewPairId(one: string, other: string): string {
  const [a, b] = one < other ? [one, other] : [other, one];
  return `review:${a}|${b}`;
}
