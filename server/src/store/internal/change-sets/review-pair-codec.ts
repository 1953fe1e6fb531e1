/**
 * Review pairs as both backends store them: scalar columns, the reasons as JSON.
 */
import { isNodeKind, isReviewStatus, type ReviewPair, type ReviewReason } from '#model';

type Row = Readonly<Record<string, unknown>>;

export interface ReviewPairRow {
  readonly id: string;
  readonly kind: string;
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly reasons: string;
  readonly proposedBy: string;
  readonly status: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly createdAt: string;
}

export function encodeReviewPair(pair: ReviewPair): ReviewPairRow {
  return { ...pair, reasons: JSON.stringify(pair.reasons) };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function decodeReviewPair(row: Row): ReviewPair {
  const kind = text(row.kind);
  const status = text(row.status);
  if (!isNodeKind(kind) || !isReviewStatus(status))
    throw new Error(`Stored review pair ${text(row.id)} is malformed`);
  return {
    id: text(row.id),
    kind,
    a: text(row.a),
    b: text(row.b),
    score: Number(row.score ?? 0),
    reasons: text(row.reasons) ? (JSON.parse(text(row.reasons)) as ReviewReason[]) : [],
    proposedBy: text(row.proposedBy),
    status,
    decidedBy: text(row.decidedBy),
    decidedAt: text(row.decidedAt),
    createdAt: text(row.createdAt),
  };
}

/** A listing's filters as parameters, the same on both backends ('' for any). */
export function reviewFilters(query: { status?: string; kind?: string; entityId?: string }) {
  return { status: query.status ?? '', kind: query.kind ?? '', entity: query.entityId ?? '' };
}
