/**
 * Step 4 of an import, resolve: turn drafts into complete records, in two pure phases. identify
 * (identify.ts) matches every row and every name in it to an entity, or decides to create one, or holds it
 * for review; the caller then loads the records the rows touch; merge (merge-rows.ts) applies the rows to
 * them and counts each. This module holds what the two phases share, and both at once for callers that
 * hold every relevant record in memory.
 */
import type { GraphEdge, GraphNode } from '#model';
import { identify, type Op } from './identify.ts';
import type { ImportProblem } from './import-problem.ts';
import { mergeRows } from './merge-rows.ts';
import { NameIndex } from './name-index.ts';
import { peopleToCheck, personEvidence, type PersonEvidence } from './person-match.ts';
import type { CreatedRecord, MatchRecord, ReviewCandidate } from './review-candidate.ts';
import type { Draft } from './validate-rows.ts';

export type { NameEntry } from './name-index.ts';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** What to do with a row whose entity may or may not be one in the graph: see ResolveOptions.uncertain. */
export type UncertainPolicy = 'create' | 'hold';

export interface ResolveOptions {
  /** Alias → name of the entity it stands for, from a mapping file. */
  readonly aliases?: Readonly<Record<string, string>>;
  /**
   * A row matching an entity only uncertainly: `create` (the default) creates the row's entity beside it,
   * `hold` leaves the row out; either way the pair is a review candidate.
   */
  readonly uncertain?: UncertainPolicy;
  /** Units and sources of the people in the graph the rows may be (person-match.ts); without, a person
   * of the same name is the same person. */
  readonly people?: ReadonlyMap<string, PersonEvidence>;
}

/** A remark that does not stop an import: a repeated row, an entity created for a name in a link column. */
export type ImportNote = ImportProblem;

/** What the rows decided, before the records they touch are loaded. */
export interface Identified {
  readonly ops: readonly Op[];
  /** Ids of entities the store already holds that the rows touch: load these before merging. */
  readonly existingIds: readonly string[];
  readonly notes: ImportNote[];
  /** Pairs an editor should decide: merge or keep apart. */
  readonly review: readonly ReviewCandidate[];
  /** Names that landed on entities named otherwise, and why. */
  readonly matches: readonly MatchRecord[];
  /** Entities created beside a similar name below review. */
  readonly created: readonly CreatedRecord[];
}

export interface ResolvedBatch {
  /** Records that do not exist in the store yet (the fast path). */
  readonly newNodes: GraphNode[];
  readonly newEdges: GraphEdge[];
  /** Existing records that the import changes. */
  readonly changedNodes: GraphNode[];
  readonly changedEdges: GraphEdge[];
  /** Row outcomes per kind of entity or relationship (statistics count under Region). */
  readonly counts: Record<string, OutcomeCounts>;
  readonly problems: ImportProblem[];
  readonly notes: ImportNote[];
  /** Rows held back for review (uncertain: 'hold'). */
  readonly held: number;
  readonly review: readonly ReviewCandidate[];
  readonly matches: readonly MatchRecord[];
  readonly created: readonly CreatedRecord[];
}

/** Both phases at once, for callers holding every relevant record in memory (tests, small imports). */
export function resolveBatch(
  drafts: readonly Draft[],
  known: readonly GraphNode[],
  knownEdges: readonly GraphEdge[],
  options: ResolveOptions = {},
): ResolvedBatch {
  const index = new NameIndex(known);
  const checked = new Set(peopleToCheck(drafts, known));
  const people = personEvidence(
    known.filter((node) => checked.has(node.id)),
    knownEdges,
    (id) => {
      const unit = index.byId.get(id);
      return unit ? [unit.name, ...unit.aliases].map((name) => index.key(name)) : [];
    },
  );
  return mergeRows(identify(drafts, known, { people, ...options }), known, knownEdges);
}
