/**
 * What an import reports: how each sheet was read, counts per kind, every problem and note, what matched
 * with what and why, the pairs left for review, what was created next to a similar name. Lists are
 * bounded (LISTED each, with their full counts) and every problem's quoted text and column are shortened,
 * so that a report stays small whatever the sheets hold.
 */
import type { ChangeSetSummary } from '#model';
import type { ImportProblem } from './import-problem.ts';
import type { SheetMapping, SkippedSheet } from './map-sheet.ts';
import { quoteCell } from './quote-cell.ts';
import type { ImportNote, OutcomeCounts } from './resolve-batch.ts';
import type { CreatedRecord, MatchRecord, ReviewCandidate } from './review-candidate.ts';

export interface ImportReport {
  readonly mappings: readonly SheetMapping[];
  /** Sheets left out on purpose (the template's instructions), each with why; also among the notes. */
  readonly skipped: readonly SkippedSheet[];
  readonly counts: Readonly<Record<string, OutcomeCounts>>;
  /** The first LISTED problems; problemCount has them all. */
  readonly problems: readonly ImportProblem[];
  readonly problemCount: number;
  /** Remarks that do not stop an import: sheets skipped, columns not recognised, repeated rows, aliases not added. */
  readonly notes: readonly ImportNote[];
  readonly noteCount: number;
  /** Names that landed on an entity named otherwise (first LISTED; matchCount has them all). */
  readonly matches: readonly MatchRecord[];
  readonly matchCount: number;
  /** Every pair the import was not sure of, for an editor: never cut short. */
  readonly review: readonly ReviewCandidate[];
  /** Rows held back for review (policy `hold`). */
  readonly held: number;
  /** Entities created next to a similar name below review (first LISTED; createdNearCount has them all). */
  readonly createdNear: readonly CreatedRecord[];
  readonly createdNearCount: number;
  /** Data rows read, over all sheets. */
  readonly rows: number;
  /** True when the store was changed. */
  readonly written: boolean;
  readonly nodesWritten: number;
  readonly edgesWritten: number;
  /** The change set the import was recorded as (undo it to take the import back), when it wrote. */
  readonly changeSet: ChangeSetSummary | null;
  /** True when the same import was made before and nothing it wrote has changed since: nothing to write. */
  readonly unchangedByDigest: boolean;
  /** Rows found unchanged without reading their records, the same import having been made before. */
  readonly vouchedRows: number;
}

/** How many entries of each list a report keeps. */
export const LISTED = 10_000;
const COLUMN = 80;
const MESSAGE = 2_000;

/** A problem with its column and message kept short. */
export function boundProblem(problem: ImportProblem): ImportProblem {
  const column = problem.column !== undefined ? quoteCell(problem.column, COLUMN) : undefined;
  return {
    ...problem,
    ...(column !== undefined ? { column } : {}),
    message: quoteCell(problem.message, MESSAGE),
  };
}

export function boundProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems.slice(0, LISTED).map(boundProblem);
}
