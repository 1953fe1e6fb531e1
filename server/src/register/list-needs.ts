/**
 * The register's table: the needs matching a filter (the store's), a text searched as the search box
 * searches (Chinese, pinyin, initials: search/search-entities.ts) among needs and enterprises, sorted in
 * Chinese collation (enterprise names by pinyin) with empty values last, and one page of rows. Also the
 * 对接 records' list, paged the same way.
 */
import { AppError, NEED_STATUSES, isNeedStatus, type NeedStatus } from '#model';
import { searchEntities } from '../search/search-entities.ts';
import type {
  EngagementFilter,
  EngagementRow,
  GraphStore,
  NeedFilter,
  NeedMatch,
  NeedRow,
} from '../store/index.ts';

export const NEED_SORTS = [
  'raisedOn',
  'updatedOn',
  'solvedOn',
  'status',
  'needType',
  'enterprise',
  'name',
  'follower',
] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

export interface NeedListQuery {
  readonly filter: NeedFilter;
  /** Searched among needs and enterprises by name, alias, pinyin and initials. */
  readonly text?: string | null;
  readonly sort: NeedSort;
  readonly descending: boolean;
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Most needs and enterprises a text may bring (search's own limit). */
const TEXT_HITS = 100;
const collator = new Intl.Collator('zh-CN', { numeric: true });

function sortKey(match: NeedMatch, sort: NeedSort): string | number | null {
  switch (sort) {
    case 'status':
      return NEED_STATUSES.indexOf(
        (isNeedStatus(match.status ?? '') ? match.status : '待对接') as NeedStatus,
      );
    case 'enterprise':
      return match.enterpriseName;
    default:
      return match[sort];
  }
}

/** Sorted by the key, empty values last whichever the direction, ties by name then id. */
export function sortMatches(matches: readonly NeedMatch[], sort: NeedSort, descending: boolean): NeedMatch[] {
  const direction = descending ? -1 : 1;
  return [...matches].sort((a, b) => {
    const x = sortKey(a, sort);
    const y = sortKey(b, sort);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return order * direction;
    }
    return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The ids a text finds among needs and enterprises, or undefined for no text. */
export async function textMatches(
  store: GraphStore,
  text: string | null | undefined,
): Promise<string[] | undefined> {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return undefined;
  const hits = await searchEntities(store, trimmed, ['Need', 'Enterprise'], TEXT_HITS);
  return hits.map((hit) => hit.node.id);
}

export async function listNeeds(store: GraphStore, query: NeedListQuery): Promise<Page<NeedRow>> {
  if (query.offset < 0)
    throw new AppError('BAD_INPUT', 'offset 不能为负 / offset must not be negative', { argument: 'offset' });
  const matching = await textMatches(store, query.text);
  const filter: NeedFilter = { ...query.filter, ...(matching ? { matching } : {}) };
  const sorted = sortMatches(await store.matchNeeds(filter), query.sort, query.descending);
  const page = sorted.slice(query.offset, query.offset + query.limit);
  return { items: await store.needRows(page.map((match) => match.id)), total: sorted.length };
}

export async function listEngagements(
  store: GraphStore,
  filter: EngagementFilter,
  limit: number,
  offset: number,
): Promise<Page<EngagementRow>> {
  const ids = await store.matchEngagements(filter);
  return { items: await store.engagementRows(ids.slice(offset, offset + limit)), total: ids.length };
}
