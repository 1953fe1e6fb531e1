/**
 * Review pairs proposed by an import or a scan: each pair of entities that may be one, as an open pair
 * with its score and reasons, unless the pair is already in the queue (open, or decided: a pair kept apart
 * is never asked again, a merged one no longer exists). Pure.
 */
import { reviewPairId, type NodeKind, type ReviewPair, type ReviewReason } from '#model';

export interface Proposal {
  readonly kind: NodeKind;
  readonly one: string;
  readonly other: string;
  readonly score: number;
  readonly reasons: readonly ReviewReason[];
  readonly proposedBy: string;
}

export function proposedPairs(
  proposals: readonly Proposal[],
  known: ReadonlyMap<string, ReviewPair>,
  now: Date,
): ReviewPair[] {
  const pairs = new Map<string, ReviewPair>();
  for (const proposal of proposals) {
    if (proposal.one === proposal.other) continue;
    const id = reviewPairId(proposal.one, proposal.other);
    if (known.has(id)) continue;
    const earlier = pairs.get(id);
    if (earlier && earlier.score >= proposal.score) continue;
    const [a, b] =
      proposal.one < proposal.other ? [proposal.one, proposal.other] : [proposal.other, proposal.one];
    pairs.set(id, {
      id,
      kind: proposal.kind,
      a,
      b,
      score: Math.round(proposal.score * 1000) / 1000,
      reasons: proposal.reasons.map(({ code, weight, zh, en }) => ({ code, weight, zh, en })),
      proposedBy: proposal.proposedBy,
      status: 'open',
      decidedBy: '',
      decidedAt: '',
      createdAt: now.toISOString(),
    });
  }
  return [...pairs.values()];
}
