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
  if (kind === 'ReviewPair') return '待确认名称';
  if (isNodeKind(kind)) return NODE_KIND_SPECS[kind].zh;
  if (isRelKind(kind)) return REL_KIND_SPECS[kind].zh;
  return kind;
}

function entryLabel(entry: ChangeEntry, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  if (entry.type === 'node') return (entry.after ?? entry.before)?.name ?? entry.id;
  if (entry.type === 'edge') {
    const edge = (entry.after ?? entry.before)!;
    return `${name(edge.from)} → ${name(edge.to)}`;
  }
  const pair = (entry.after ?? entry.before)!;
  return `${name(pair.a)} ↔ ${name(pair.b)}`;
}

function entryFields(entry: ChangeEntry) {
  if (entry.type !== 'review') return fieldChanges(entry.before, entry.after);
  const status = (pair: typeof entry.before) => pair?.status ?? null;
  return status(entry.before) === status(entry.after)
    ? []
    : [{ field: 'status', before: status(entry.before), after: status(entry.after) }];
}

export function entryView(entry: ChangeEntry, names: ReadonlyMap<string, string>) {
  const record = entry.after ?? entry.before;
  return {
    type: entry.type,
    id: entry.id,
    kind: entry.type === 'review' ? 'ReviewPair' : (record?.kind ?? ''),
    label: entryLabel(entry, names),
    action: !entry.before ? 'created' : !entry.after ? 'deleted' : 'updated',
    fields: entryFields(entry),
  };
}

export function changeSetView(set: ChangeSetSummary | ChangeSet) {
  return {
    ...set,
    kindLabel: CHANGE_KIND_SPECS[set.kind].zh,
    counts: set.counts.map((count) => ({ ...count, label: kindLabel(count.kind) })),
  };
}
