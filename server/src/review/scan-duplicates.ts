/**
 * A scan of the graph for entities that may be duplicates of each other, matched as an import matches a
 * row: the same exact name (or an alias of one the other's name) for certain, or the same trade name with
 * a score at or above the review threshold. People are compared by their name without title. Each pair
 * is proposed once, whatever order it is found in.
 */
import type { NodeKind } from '#model';
import { PEOPLE } from '../ingest/link-concepts.ts';
import { NameIndex } from '../ingest/name-index.ts';
import { REVIEW_AT, reason } from '../ingest/names/score-match.ts';
import type { EntityName } from '../store/index.ts';
import type { Proposal } from './review-proposals.ts';

/** Kinds whose duplicates a scan looks for: the organisations and people planners name. */
const SCANNED: ReadonlySet<NodeKind> = new Set([
  'Enterprise',
  'University',
  'Agency',
  'Platform',
  'Academician',
  'Specialist',
]);

export function scanForDuplicates(entities: readonly EntityName[], proposedBy: string): Proposal[] {
  const index = new NameIndex(entities);
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  const propose = (proposal: Proposal) => {
    const key =
      proposal.one < proposal.other
        ? `${proposal.one}|${proposal.other}`
        : `${proposal.other}|${proposal.one}`;
    if (seen.has(key)) return;
    seen.add(key);
    proposals.push(proposal);
  };
  for (const entity of entities) {
    if (!SCANNED.has(entity.kind)) continue;
    for (const other of index.sameKey(entity))
      propose({ kind: entity.kind, one: entity.id, other, score: 1, reasons: [reason('exact')], proposedBy });
    if (PEOPLE.includes(entity.kind)) continue;
    for (const candidate of index.candidates(entity.name, entity.kind)) {
      if (candidate.id === entity.id || candidate.score < REVIEW_AT) continue;
      propose({
        kind: entity.kind,
        one: entity.id,
        other: candidate.id,
        score: candidate.score,
        reasons: candidate.reasons,
        proposedBy,
      });
    }
  }
  return proposals;
}
