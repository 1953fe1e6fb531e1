// Keeps the focused entity (and a depth of 2) in the address bar: ?focus=<id>[&depth=2].
import type { Depth } from './api/queries.ts';

export interface UrlState {
  readonly focus: string | null;
  readonly depth: Depth;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  return { focus: focus && focus.trim() !== '' ? focus : null, depth: params.get('depth') === '2' ? 2 : 1 };
}

/** The query string for a state, keeping any other parameters already there. */
export function formatUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  if (state.focus) params.set('focus', state.focus);
  else params.delete('focus');
  if (state.focus && state.depth === 2) params.set('depth', '2');
  else params.delete('depth');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type HistoryMode = 'push' | 'replace' | 'none';

export function writeUrlState(state: UrlState, mode: HistoryMode): void {
  if (mode === 'none') return;
  const search = formatUrlState(state, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
