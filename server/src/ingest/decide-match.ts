/**
 * What a looked-up name comes to (name-index.ts): one entity for certain (found by id, name, alias or
 * abbreviation, or the one candidate scored to merge), several (ambiguous: reported, never guessed), an
 * uncertain pair or pairs for an editor, or nothing, with the nearest candidate below review if any.
 * People are decided apart, by their units (person-match.ts).
 */
import type { Candidate, Lookup } from './name-index.ts';
import { MERGE_AT, REVIEW_AT, reason, type MatchReason } from './names/score-match.ts';
import type { MatchTier } from './review-candidate.ts';

export type Decision =
  | {
      readonly type: 'match';
      readonly id: string;
      /** How it was found when not by id or its own name (for the report's list of merges). */
      readonly tier: MatchTier | null;
      readonly score: number;
      readonly reasons: readonly MatchReason[];
    }
  | { readonly type: 'ambiguous'; readonly ids: readonly string[] }
  | { readonly type: 'uncertain'; readonly candidates: readonly Candidate[] }
  | { readonly type: 'none'; readonly nearest: Candidate | null };

const CERTAIN: Readonly<Record<'alias' | 'abbreviation' | 'person', MatchReason>> = {
  alias: reason('alias'),
  abbreviation: reason('abbreviation'),
  person: reason('exact'),
};

export function decide(found: Lookup): Decision {
  if (found.tier !== 'parts') {
    const [id, ...others] = found.ids;
    if (!id) return { type: 'none', nearest: null };
    if (others.length > 0) return { type: 'ambiguous', ids: found.ids };
    const tier = found.tier === 'id' || found.tier === 'exact' ? null : found.tier;
    return { type: 'match', id, tier, score: 1, reasons: tier ? [CERTAIN[tier]] : [reason('exact')] };
  }
  const strong = found.candidates.filter((candidate) => candidate.score >= MERGE_AT);
  const [best] = strong;
  if (best && strong.length === 1)
    return { type: 'match', id: best.id, tier: 'parts', score: best.score, reasons: best.reasons };
  if (strong.length > 1) {
    const several = reason('several-candidates');
    return {
      type: 'uncertain',
      candidates: strong.map((candidate) => ({ ...candidate, reasons: [...candidate.reasons, several] })),
    };
  }
  const uncertain = found.candidates.filter((candidate) => candidate.score >= REVIEW_AT);
  if (uncertain.length > 0) return { type: 'uncertain', candidates: uncertain };
  return { type: 'none', nearest: found.candidates[0] ?? null };
}

/** Decisions for a row's name and its aliases together: certain ids of all, else the name's own. */
export function decideAll(lookups: readonly Lookup[]): Decision {
  const decisions = lookups.map(decide);
  const certain = new Set<string>();
  for (const decision of decisions) {
    if (decision.type === 'match' && decision.tier !== 'parts') certain.add(decision.id);
    if (decision.type === 'ambiguous') decision.ids.forEach((id) => certain.add(id));
  }
  if (certain.size > 1) return { type: 'ambiguous', ids: [...certain] };
  const first = decisions.find(
    (decision) => decision.type === 'match' && decision.tier !== 'parts' && certain.has(decision.id),
  );
  if (first) return first;
  return decisions[0] ?? { type: 'none', nearest: null };
}
