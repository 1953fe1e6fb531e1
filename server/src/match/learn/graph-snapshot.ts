/**
 * The graph as the ranking model reads it: every entity's kind and every relationship's ends, kind and
 * year, indexed in memory once per version of the store (GraphStore.graphVersion, which every write
 * changes) and shared by every request until the next write. The ranking features walk two or three hops
 * around an enterprise and through its fields; done in memory they cost microseconds per candidate
 * instead of a statement per hop. At 100,000 entities the index holds about 100 MB and is rebuilt in
 * seconds after a write; requests meanwhile wait for the same rebuild, never start their own.
 */
import type { GraphStore } from '../../store/index.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { warmLookups } from './index-lookups.ts';

export type SnapshotSource = Pick<GraphStore, 'graphVersion' | 'listNames' | 'allEdgeOutlines'>;

interface Held {
  readonly version: string;
  readonly index: Promise<GraphIndex>;
}

const held = new WeakMap<SnapshotSource, Held>();

async function build(store: SnapshotSource): Promise<GraphIndex> {
  const [names, edges] = await Promise.all([store.listNames(), store.allEdgeOutlines()]);
  return indexGraph({ nodes: names, edges });
}

/**
 * The index of the store's graph as of its current version. A write landing while the index is read
 * leaves it tagged with the older version, so the next request reads it again: never stale for longer.
 */
export async function graphSnapshot(store: SnapshotSource): Promise<GraphIndex> {
  const version = await store.graphVersion();
  const known = held.get(store);
  if (known && known.version === version) return known.index;
  const index = build(store);
  const entry = { version, index };
  held.set(store, entry);
  index
    .then(
      // What the features read of each field and entity is worked out in the background (index-lookups.ts).
      (built) => warmLookups(built, () => held.get(store) === entry),
      () => {
        if (held.get(store) === entry) held.delete(store);
      },
    )
    // Only a head start: whatever it did not work out, the questions work out themselves.
    .catch(() => undefined);
  return index;
}
