/**
 * An import made again after the same import (import-digest.ts): its operations split into those whose
 * records are as that import left them — unchanged, counted without reading a record — and those touching
 * a record changed since (or creating one), which are compared as usual. Sound because an import applied
 * to the records it produced changes nothing, and a row matched otherwise than before can only be so
 * because of a record changed since.
 */
import { edgeId } from '#model';
import type { Op } from './identify-ops.ts';
import type { Identified, OutcomeCounts, ResolvedBatch } from './resolve-batch.ts';

export interface SplitImport {
  /** The operations to compare with their records, and the ids to read for them. */
  readonly compare: Identified;
  /** Rows found unchanged without reading. */
  readonly vouched: number;
  /** The compared batch with the unchanged rows counted in. */
  withUnchanged(merged: ResolvedBatch): ResolvedBatch;
}

/** Whether an operation's records may differ from what the earlier import left. */
function touchesChanged(op: Op, changed: ReadonlySet<string>): boolean {
  switch (op.type) {
    case 'node':
      return !op.existed || changed.has(op.id);
    case 'edge':
      return changed.has(edgeId(op.kind, op.from, op.to)) || changed.has(op.from) || changed.has(op.to);
    case 'stat':
      return changed.has(op.region);
    case 'reject':
    case 'held':
    case 'stub':
    case 'alias':
      return true;
  }
}

/** The entities an operation reads. */
function recordsOf(op: Op): readonly string[] {
  if (op.type === 'node' || op.type === 'alias') return [op.id];
  if (op.type === 'edge') return [op.from, op.to];
  if (op.type === 'stat') return [op.region];
  return [];
}

export function splitByChanged(identified: Identified, changed: ReadonlySet<string>): SplitImport {
  const compare: Op[] = [];
  const counts: Record<string, OutcomeCounts> = {};
  let vouched = 0;
  const unchanged = (kind: string) => {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    counts[kind].unchanged += 1;
    vouched += 1;
  };
  const ids = new Set<string>();
  const existing = new Set(identified.existingIds);
  for (const op of identified.ops) {
    if (!touchesChanged(op, changed)) {
      if (op.type === 'node') unchanged(op.draft.kind);
      else if (op.type === 'edge') unchanged(op.kind);
      else if (op.type === 'stat') unchanged('Region');
      continue;
    }
    compare.push(op);
    for (const id of recordsOf(op)) if (existing.has(id)) ids.add(id);
  }
  return {
    compare: { ...identified, ops: compare, existingIds: [...ids] },
    vouched,
    withUnchanged(merged) {
      const total: Record<string, OutcomeCounts> = { ...merged.counts };
      for (const [kind, count] of Object.entries(counts)) {
        const before = total[kind] ?? { created: 0, updated: 0, unchanged: 0, rejected: 0 };
        total[kind] = { ...before, unchanged: before.unchanged + count.unchanged };
      }
      return { ...merged, counts: total };
    },
  };
}
