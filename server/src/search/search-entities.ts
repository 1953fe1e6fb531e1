/**
 * Search for entities by Chinese name, alias, full-width or half-width text, pinyin or initials.
 * Every term must match; when nothing does (a sentence, or words run together), the query is cut
 * into words with Intl.Segmenter plus character bigrams and entities matching most of them win.
 */
import { AppError, normalizeName, queryTerms, type NodeKind } from '#model';
import type { CountedNodes, GraphStore } from '../store/index.ts';
import { rankSearchHits, type RankedHit } from './rank-search-hits.ts';

/** A ranked hit with the entity's degree, read with it (a result list shows both). */
export type SearchHit = RankedHit & { readonly degree: number };

export const MAX_SEARCH_LIMIT = 100;
const MAX_QUERY_LENGTH = 200;
const CANDIDATES = 500;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words and Han bigrams of a text, normalised: 硼烷医药中间体 → 硼烷, 医药, 中间体, 硼烷, 烷医, … */
export function fallbackTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    const word = normalizeName(segment);
    if (isWordLike && word.length >= 2) terms.add(word);
  }
  for (const run of normalizeName(text).match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) terms.add(run.slice(i, i + 2));
  }
  return [...terms];
}

export async function searchEntities(
  store: GraphStore,
  text: string,
  kinds: readonly NodeKind[],
  limit: number,
): Promise<SearchHit[]> {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new AppError(
      'BAD_INPUT',
      `搜索词太长（最多 ${MAX_QUERY_LENGTH} 字） / search text is too long (at most ${MAX_QUERY_LENGTH} characters)`,
      { argument: 'text' },
    );
  }
  if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new AppError(
      'BAD_INPUT',
      `limit 必须在 1 到 ${MAX_SEARCH_LIMIT} 之间 / limit must be between 1 and ${MAX_SEARCH_LIMIT}`,
      { argument: 'limit' },
    );
  }
  const terms = queryTerms(text);
  if (terms.length === 0) {
    throw new AppError('BAD_INPUT', '请输入要搜索的名称 / type a name to search for', { argument: 'text' });
  }
  const exact = await store.searchCandidates({ terms, mode: 'all', kinds, limit: CANDIDATES });
  if (exact.nodes.length > 0) return ranked(exact, terms, limit);

  const loose = fallbackTerms(text);
  if (loose.length === 0) return [];
  const candidates = await store.searchCandidates({ terms: loose, mode: 'any', kinds, limit: CANDIDATES });
  return ranked(candidates, loose, limit);
}

function ranked(candidates: CountedNodes, terms: readonly string[], limit: number): SearchHit[] {
  return rankSearchHits(candidates.nodes, terms)
    .slice(0, limit)
    .map((hit) => ({ ...hit, degree: candidates.degrees.get(hit.node.id) ?? 0 }));
}
