// Asks the server for the entities matching a (debounced) query, of the given kinds only; an answer to an
// older query or kinds is dropped (its request is aborted).
import { useEffect, useEffectEvent, useState } from 'react';
import type { NodeKind } from '#model';
import type { SearchHit } from '../api/answers.ts';
import { isAbort } from '../api/graphql-request.ts';
import { search } from '../api/queries.ts';

export const SEARCH_LIMIT = 10;

export interface SearchResult {
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

/** The last answer, or null before any; `onAnswer` when one arrives, `onError` when a search fails. */
export function useSearchHits(
  query: string,
  kinds: readonly NodeKind[] | undefined,
  onAnswer: () => void,
  onError: (error: unknown) => void,
): SearchResult | null {
  const [result, setResult] = useState<SearchResult | null>(null);
  const kindKey = kinds?.join(',') ?? '';
  const answered = useEffectEvent(onAnswer);
  const reportError = useEffectEvent((error: unknown) => onError(error));

  useEffect(() => {
    if (query === '') return undefined;
    const controller = new AbortController();
    const only = kindKey === '' ? undefined : (kindKey.split(',') as NodeKind[]);
    search(query, { limit: SEARCH_LIMIT, signal: controller.signal, ...(only ? { kinds: only } : {}) })
      .then((hits) => {
        setResult({ query, hits });
        answered();
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) reportError(error);
      });
    return () => controller.abort();
  }, [query, kindKey]);

  return result;
}
