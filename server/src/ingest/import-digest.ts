/**
 * An import's digest: a SHA-256 of everything that decides what it writes — every cell of every sheet it
 * read with the file and sheet names (so provenance too), the mapping file, the document of the quotes,
 * the policy for uncertain matches, the day (years and dates are checked against today) and the matching
 * rules' version — taken while the rows are read. It is written into the note of the import's change
 * set. When the newest change set of the graph is an import with the same digest, the graph is exactly as
 * that import left it, and importing the same rows again can change nothing (imports are idempotent): the
 * rows are still read, checked and matched, but the records they touch need not be read back.
 */
import { createHash } from 'node:crypto';
import type { ChangeSetSummary } from '#model';
import type { SheetRow } from './read-sheet.ts';

/** Changed whenever reading, matching or merging would treat the same cells differently. */
export const MATCHING_VERSION = 'names-2026-12';

/** Rows hashed together, to keep the calls into the hash few. */
const BATCH = 512;

export class InputDigest {
  private readonly hash = createHash('sha256');
  private pending: string[] = [];

  constructor(context: unknown, today = new Date()) {
    this.hash.update(
      `${MATCHING_VERSION}\u0000${today.toISOString().slice(0, 10)}\u0000${JSON.stringify(context)}`,
    );
  }

  sheet(file: string, sheet: string | undefined): void {
    this.pending.push(`\u0002${file}\u0001${sheet ?? ''}`);
  }

  row(row: SheetRow): void {
    this.pending.push(`\u0003${row.row}\u0001${row.cells.join('\u0001')}`);
    if (this.pending.length >= BATCH) this.flush();
  }

  private flush(): void {
    this.hash.update(this.pending.join(''));
    this.pending = [];
  }

  /** The digest (once: the hash is finished). */
  digest(): string {
    this.flush();
    return this.hash.digest('hex').slice(0, 32);
  }
}

/** Whether a change set is an import (or the seed) of this digest, not undone. */
export function importedAs(set: ChangeSetSummary, digest: string): boolean {
  return (set.kind === 'import' || set.kind === 'seed') && set.undoneBy === null && set.digest === digest;
}

/**
 * Among the newest change sets (newest first), the ones after the last import of this digest; null when
 * there is none among them. Empty: the graph is exactly as that import left it.
 */
export function changesSinceImport(
  newest: readonly ChangeSetSummary[],
  digest: string,
): readonly ChangeSetSummary[] | null {
  const at = newest.findIndex((set) => importedAs(set, digest));
  return at < 0 ? null : newest.slice(0, at);
}
