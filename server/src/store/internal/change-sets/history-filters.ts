/**
 * A history query's filters as Cypher parameters, the same on both backends: '' for any editor, open
 * time bounds as the smallest and largest strings an ISO time can be compared with.
 */
import type { ChangeSetQuery } from '../../graph-store.ts';

export function historyFilters(query: ChangeSetQuery): { editor: string; since: string; until: string } {
  return { editor: query.editor ?? '', since: query.since ?? '', until: query.until ?? '~' };
}
