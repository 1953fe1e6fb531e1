/**
 * Change sets shaped for the GraphQL schema: kind labels from the declaration, and each entry as what it
 * was and what it became, field by field, with a name a planner recognises.
 */
import {
  CHANGE_KIND_SPECS,
  NODE_KIND_SPECS,
  REL_KIND_SPECS,
  isNodeKind,
  isRelKind,
  type ChangeEntry,
  type ChangeSet,
  type ChangeSetSummary,
  type GraphEdge,
  type GraphNode,
} from '#model';

const FIELDS = ['name', 'nameEn', 'aliases', 'description', 'keywords', 'props', 'stats', 'sources'] as const;

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function fieldChanges(before: GraphNode | GraphEdge | null, after: GraphNode | GraphEdge | null) {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const changes: Array<{ field: string; before: string | null; after: string | null }> = [];
  for (const field of FIELDS) {
    if (field === 'props') {
      const keys = new Set([
        ...Object.keys((a.props ?? {}) as object),
        ...Object.keys((b.props ?? {}) as object),
      ]);
      for (const key of [...keys].sort()) {
        const old = show((a.props as Record<string, unknown> | undefined)?.[key]);
        const now = show((b.props as Record<string, unknown> | undefined)?.[key]);
        if (old !== now) changes.push({ field: `props.${key}`, before: old, after: now });
      }
      continue;
    }
    const old = show(a[field]);
    const now = show(b[field]);
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  return changes;
}

function kindLabel(kind: string): string {
  if (isNodeKind(kind)) return NODE_KIND_SPECS[kind].zh;
  if (isRelKind(kind)) return REL_KIND_SPECS[kind].zh;
  return kind;
}

export function entryView(entry: ChangeEntry, names: ReadonlyMap<string, string>) {
  const record = entry.after ?? entry.before;
  const kind = record?.kind ?? '';
  const label =
    entry.type === 'node'
      ? ((record as GraphNode | null)?.name ?? entry.id)
      : `${names.get((record as GraphEdge).from) ?? (record as GraphEdge).from} → ${names.get((record as GraphEdge).to) ?? (record as GraphEdge).to}`;
  return {
    type: entry.type,
    id: entry.id,
    kind,
    label,
    action: !entry.before ? 'created' : !entry.after ? 'deleted' : 'updated',
    fields: fieldChanges(entry.before, entry.after),
  };
}

export function changeSetView(set: ChangeSetSummary | ChangeSet) {
  return {
    ...set,
    kindLabel: CHANGE_KIND_SPECS[set.kind].zh,
    counts: set.counts.map((count) => ({ ...count, label: kindLabel(count.kind) })),
  };
}
