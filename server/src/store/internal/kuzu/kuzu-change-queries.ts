/**
 * Reading change sets from kuzu: the history, filtered and paginated, and one change set with its entries.
 */
import type { GraphStore } from '../../graph-store.ts';
import { decodeChangeEntry, decodeChangeSet, withEntries } from '../change-sets/change-set-codec.ts';
import { historyFilters } from '../change-sets/history-filters.ts';
import type { KuzuConnections } from './kuzu-connections.ts';

export function kuzuChangeQueries(db: KuzuConnections): Pick<GraphStore, 'changeSets' | 'changeSet'> {
  return {
    async changeSets(query) {
      const filters = historyFilters(query);
      if (query.entityId) {
        const rows = await db.read('change-sets-of-entity', { ...filters, entity: query.entityId });
        const all = rows.map(decodeChangeSet);
        return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
      }
      const [rows, [count]] = await Promise.all([
        db.read('change-sets', { ...filters, offset: query.offset, limit: query.limit }),
        db.read('count-change-sets', filters),
      ]);
      return { items: rows.map(decodeChangeSet), total: Number(count?.total ?? 0) };
    },
    async changeSet(id) {
      const [row] = await db.read('change-set', { id });
      if (!row) return null;
      return withEntries(
        decodeChangeSet(row),
        (await db.read('change-entries', { id })).map(decodeChangeEntry),
      );
    },
  };
}
