/**
 * Reading change sets from kuzu: the history, filtered and paginated, and one change set with its entries;
 * and the review queue's pairs.
 */
import type { GraphStore } from '../../graph-store.ts';
import { decodeChangeEntry, decodeChangeSet, withEntries } from '../change-sets/change-set-codec.ts';
import { historyFilters } from '../change-sets/history-filters.ts';
import { decodeReviewPair, reviewFilters } from '../change-sets/review-pair-codec.ts';
import type { KuzuConnections } from './kuzu-connections.ts';

export function kuzuChangeQueries(
  db: KuzuConnections,
): Pick<GraphStore, 'changeSets' | 'changeSet' | 'reviewPairs' | 'reviewPairsById'> {
  return {
    async reviewPairsById(ids) {
      if (ids.length === 0) return [];
      return (await db.read('review-pairs-by-id', { ids: [...new Set(ids)] })).map(decodeReviewPair);
    },
    async reviewPairs(query) {
      const filters = reviewFilters(query);
      const [rows, [count]] = await Promise.all([
        db.read('review-pairs', { ...filters, offset: query.offset, limit: query.limit }),
        db.read('count-review-pairs', filters),
      ]);
      return { items: rows.map(decodeReviewPair), total: Number(count?.total ?? 0) };
    },
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
