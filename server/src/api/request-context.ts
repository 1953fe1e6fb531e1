/**
 * What each GraphQL request carries: the store, and per-request loaders that batch lookups
 * (an entity's degree) so that a list of N entities costs one query, not N.
 */
import DataLoader from 'dataloader';
import type { GraphStore } from '../store/index.ts';

export interface RequestContext {
  readonly store: GraphStore;
  readonly degrees: DataLoader<string, number>;
  /** Whether the request carried a valid editor key (see api/editor-keys.ts); mutations need one. */
  readonly editor?: { readonly ok: boolean; readonly configured: boolean };
}

export function createRequestContext(
  store: GraphStore,
  editor: RequestContext['editor'] = { ok: false, configured: false },
): RequestContext {
  return {
    store,
    editor,
    degrees: new DataLoader(async (ids) => {
      const degrees = await store.degrees(ids);
      return ids.map((id) => degrees.get(id) ?? 0);
    }),
  };
}
