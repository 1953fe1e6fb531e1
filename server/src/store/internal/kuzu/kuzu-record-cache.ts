/**
 * The entities a subgraph read returned (their columns and relationships out, as kuzu-subgraph.ts's
 * statements give them), remembered until the next commit. kuzu 0.11 reads a list of ids by scanning
 * each table (docs/benchmarks.md), 5–7 ms for a subgraph of the seed and 50–190 ms at 100,000 entities,
 * whatever the list's length; entities read once since the last commit are not read again. The embedded
 * database belongs to this process, so the commit clock (per-commit.ts) sees every write; a read begun
 * before a commit ended is never kept after it. Least recently used entries go first beyond `capacity`.
 */
import type { CommitClock } from './per-commit.ts';

type Row = Readonly<Record<string, unknown>>;

/** One entity as read: its column tuple and, when they were read, its relationships out. */
interface Entry {
  readonly node: readonly unknown[];
  readonly out?: readonly unknown[][];
}

export interface RecordCache {
  /**
   * The ids remembered (with their relationships out where `wantsOut` says they are needed; null for an
   * id no entity has) and those left to read.
   */
  split(
    ids: readonly string[],
    wantsOut: (id: string) => boolean,
  ): { hits: ReadonlyMap<string, Entry | null>; missing: string[] };
  /**
   * Remembers what a read of `missing`, begun at commit `startedAt`, returned (the statement's row), and
   * gives the row a read of every id would have: `nodes` in the order of `ids`, then `out0`.
   */
  merge(
    ids: readonly string[],
    split: ReturnType<RecordCache['split']>,
    read: { readonly startedAt: number; readonly row: Row | undefined },
    wantsOut: (id: string) => boolean,
  ): Row;
  readonly clock: CommitClock;
}

/** kuzu-subgraph.ts's tuples: an entity's id after its label, a relationship's start after kind and id. */
const ENTITY_ID = 1;
const RELATIONSHIP_FROM = 2;

export const RECORD_CACHE_CAPACITY = 20_000;

export function recordCache(clock: CommitClock, capacity = RECORD_CACHE_CAPACITY): RecordCache {
  let at = clock.now();
  // null: no entity has the id (as of this commit).
  const entries = new Map<string, Entry | null>();
  const current = () => {
    if (clock.now() !== at) {
      entries.clear();
      at = clock.now();
    }
    return entries;
  };
  const remember = (id: string, entry: Entry | null) => {
    entries.delete(id);
    entries.set(id, entry);
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
  };
  /** The row's entities and their relationships out, by id. */
  function entriesOf(row: Row | undefined): Map<string, Entry> {
    const out = new Map<string, unknown[][]>();
    for (const [key, value] of Object.entries(row ?? {})) {
      if (!key.startsWith('out')) continue;
      for (const tuple of (value as unknown[][] | null) ?? []) {
        const from = tuple[RELATIONSHIP_FROM];
        if (typeof from !== 'string' || typeof tuple[1] !== 'string') continue;
        const list = out.get(from);
        if (list) list.push(tuple);
        else out.set(from, [tuple]);
      }
    }
    const found = new Map<string, Entry>();
    for (const node of (row?.nodes as unknown[][] | undefined) ?? []) {
      const id = String(node[ENTITY_ID]);
      found.set(id, { node, out: out.get(id) ?? [] });
    }
    return found;
  }
  return {
    clock,
    split(ids, wantsOut) {
      const known = current();
      const hits = new Map<string, Entry | null>();
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        const entry = known.get(id);
        if (entry === undefined || (entry !== null && !entry.out && wantsOut(id))) missing.push(id);
        else {
          hits.set(id, entry);
          remember(id, entry);
        }
      }
      return { hits, missing };
    },
    merge(ids, { hits, missing }, { startedAt, row }, wantsOut) {
      const fresh = entriesOf(row);
      if (clock.now() === startedAt) {
        const known = current();
        for (const id of missing) {
          const entry = fresh.get(id);
          if (!entry) remember(id, null);
          else if (wantsOut(id)) remember(id, entry);
          else if (!known.get(id)?.out) remember(id, { node: entry.node });
        }
      }
      const nodes: unknown[] = [];
      const out: unknown[] = [];
      for (const id of new Set(ids)) {
        const entry = hits.get(id) ?? fresh.get(id);
        if (!entry) continue;
        nodes.push(entry.node);
        if (entry.out && wantsOut(id)) out.push(...entry.out);
      }
      return { nodes, out0: out };
    },
  };
}
