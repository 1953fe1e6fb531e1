/**
 * Ids grouped by the kind they are known as, kinds and ids in a fixed order, so that every backend runs
 * its per-kind statements (each labelled by the kind) in the same order and returns the same rows.
 */
import type { NodeKind } from '#model';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function groupByKind(
  given: ReadonlyArray<{ readonly id: string; readonly kind: NodeKind }>,
): Array<{ kind: NodeKind; ids: string[] }> {
  const groups = new Map<NodeKind, Set<string>>();
  for (const { id, kind } of given) groups.set(kind, (groups.get(kind) ?? new Set()).add(id));
  return [...groups.keys()]
    .sort(byText)
    .map((kind) => ({ kind, ids: [...(groups.get(kind) ?? [])].sort(byText) }));
}
