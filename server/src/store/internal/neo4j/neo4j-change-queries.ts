/**
 * Reading change sets from Neo4j: the history, filtered and paginated, and one change set with its entries;
 * and the review queue's pairs.
 */
import neo4j from 'neo4j-driver';
import type { GraphStore } from '../../graph-store.ts';
import { decodeChangeEntry, decodeChangeSet, withEntries } from '../change-sets/change-set-codec.ts';
import { historyFilters } from '../change-sets/history-filters.ts';
import { decodeReviewPair, reviewFilters } from '../change-sets/review-pair-codec.ts';

type Read = (name: string, params?: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

export function neo4jChangeQueries(
  read: Read,
): Pick<GraphStore, 'changeSets' | 'changeSet' | 'reviewPairs' | 'reviewPairsById'> {
  return {
    async reviewPairsById(ids) {
      if (ids.length === 0) return [];
      return (await read('review-pairs-by-id', { ids: [...new Set(ids)] })).map(decodeReviewPair);
    },
    async reviewPairs(query) {
      const filters = reviewFilters(query);
      const [rows, [count]] = await Promise.all([
        read('review-pairs', { ...filters, offset: neo4j.int(query.offset), limit: neo4j.int(query.limit) }),
        read('count-review-pairs', filters),
      ]);
      return { items: rows.map(decodeReviewPair), total: Number(count?.total ?? 0) };
    },
    async changeSets(query) {
      const filters = historyFilters(query);
      if (query.entityId) {
        const all = (await read('change-sets-of-entity', { ...filters, entity: query.entityId })).map(
          decodeChangeSet,
        );
        return { items: all.slice(query.offset, query.offset + query.limit), total: all.length };
      }
      const [rows, [count]] = await Promise.all([
        read('change-sets', { ...filters, offset: neo4j.int(query.offset), limit: neo4j.int(query.limit) }),
        read('count-change-sets', filters),
      ]);
      return { items: rows.map(decodeChangeSet), total: Number(count?.total ?? 0) };
    },
    async changeSet(id) {
      const [row] = await read('change-set', { id });
      if (!row) return null;
      return withEntries(decodeChangeSet(row), (await read('change-entries', { id })).map(decodeChangeEntry));
    },
  };
}
