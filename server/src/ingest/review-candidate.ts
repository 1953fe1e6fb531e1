/**
 * What an import tells about how it matched names, beside its counts: each row that merged with an entity
 * under another name (and why), each pair it was not sure of (a review candidate, for an editor to merge
 * or keep apart), and each entity it created next to the nearest name already in the graph. A review
 * candidate carries everything a review queue needs: both sides (ids, names, name parts; the row's draft
 * when the row was held back), the score with its reasons, and the sheet, row and column that proposed it.
 */
import type { NodeKind } from '#model';
import type { OrgName } from './names/parse-org-name.ts';
import type { MatchReason } from './names/score-match.ts';
import type { NodeDraft } from './validate-rows.ts';

/** The parts of an organisation's name as a planner reads them (see names/parse-org-name.ts). */
export interface NameParts {
  readonly places: readonly string[];
  readonly trade: string;
  readonly industry: string;
  readonly form: string;
  /** A branch's label (东营 for …东营分公司; '' unlabelled); null when the name is no branch. */
  readonly branch: string | null;
  /** The parent institution of a child (中国科学院), else null. */
  readonly parent: string | null;
}

export function nameParts(parts: OrgName | null): NameParts | null {
  if (!parts) return null;
  return {
    places: parts.places.map((place) => place.written),
    trade: parts.trade,
    industry: parts.industry,
    form: parts.form,
    branch: parts.branch,
    parent: parts.parent,
  };
}

/** Where a name came from: file, sheet, row and, for a name in a link column, the column. */
export interface NameSource {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

export interface ReviewSide {
  /** The entity; null for a row held back (see `draft`). */
  readonly id: string | null;
  readonly kind: NodeKind;
  readonly name: string;
  /** The name that was compared (the row's as written; of the entity, the name or alias that met it). */
  readonly matchedName: string;
  readonly parts: NameParts | null;
}

export interface ReviewCandidate {
  /** The row's side: the entity it made (`action: created`) or nothing yet (`held`, with `draft`). */
  readonly incoming: ReviewSide;
  /** The entity already in the graph (or made earlier in this import) that it may be. */
  readonly existing: ReviewSide;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
  readonly source: NameSource;
  /** `created`: the row's entity was created beside the existing one; `held`: the row was not imported. */
  readonly action: 'created' | 'held';
  /** The row as it would be imported, when held. */
  readonly draft?: NodeDraft;
}

export type MatchTier = 'alias' | 'abbreviation' | 'parts' | 'person';

/** A name that landed on an entity named otherwise. */
export interface MatchRecord {
  readonly source: NameSource;
  /** As the sheet wrote it. */
  readonly name: string;
  readonly id: string;
  readonly kind: NodeKind;
  readonly entityName: string;
  readonly tier: MatchTier;
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** An entity the import created, with the nearest name the graph had for it (below review). */
export interface CreatedRecord {
  readonly source: NameSource;
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly nearest: {
    readonly id: string;
    readonly name: string;
    readonly score: number;
    readonly reasons: readonly MatchReason[];
  } | null;
}
