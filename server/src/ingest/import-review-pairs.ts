/**
 * The review pairs an import proposes: every uncertain match whose row made an entity beside the one it
 * may be (policy `create`) becomes an open pair in the queue, written in the import's own change set (so
 * undoing the import takes its questions back too). Pairs already in the queue, open or decided, are not
 * asked again: a pair kept apart stays apart.
 */
import { reviewPairId, type ReviewPair } from '#model';
import { proposedPairs, type Proposal } from '../review/review-proposals.ts';
import type { GraphStore } from '../store/index.ts';
import type { ReviewCandidate } from './review-candidate.ts';

export async function importReviewPairs(
  store: GraphStore,
  candidates: readonly ReviewCandidate[],
  now: Date = new Date(),
): Promise<ReviewPair[]> {
  const proposals: Proposal[] = candidates.flatMap((candidate) => {
    const one = candidate.incoming.id;
    const other = candidate.existing.id;
    if (candidate.action !== 'created' || !one || !other) return [];
    const where = [
      candidate.source.file,
      candidate.source.sheet,
      candidate.source.row ? `第 ${candidate.source.row} 行` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return [
      {
        kind: candidate.existing.kind,
        one,
        other,
        score: candidate.score,
        reasons: candidate.reasons,
        proposedBy: `导入 import ${where}`,
      },
    ];
  });
  if (proposals.length === 0) return [];
  const known = new Map(
    (
      await store.reviewPairsById(proposals.map((proposal) => reviewPairId(proposal.one, proposal.other)))
    ).map((pair) => [pair.id, pair]),
  );
  return proposedPairs(proposals, known, now);
}
