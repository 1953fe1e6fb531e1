// Keeps the whole view in the address bar, so a link reopens it: focus, depth, size, expanded, hidden and
// pinned nodes, filters, layout and path. Lists repeat their parameter (?expand=a&expand=b); ids are never split.
import { NODE_KINDS, isNodeKind } from '#model';
import {
  DEFAULT_NODE_LIMIT,
  DEFAULT_PATH_COUNT,
  INITIAL_VIEW,
  LAYOUTS,
  type Depth,
  type LayoutName,
  type ViewState,
  type YearRange,
} from './view/view-state.ts';

const PARAMS = [
  'focus',
  'depth',
  'limit',
  'expand',
  'hide',
  'pin',
  'hideKind',
  'domain',
  'region',
  'years',
  'layout',
  'from',
  'to',
  'k',
] as const;

function text(params: URLSearchParams, key: string): string | null {
  const value = params.get(key);
  return value && value.trim() !== '' ? value : null;
}

function list(params: URLSearchParams, key: string): string[] {
  return [...new Set(params.getAll(key).filter((value) => value.trim() !== ''))];
}

function parseDepth(value: string | null): Depth {
  return value === '2' ? 2 : value === '3' ? 3 : 1;
}

function parseLimit(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_NODE_LIMIT;
}

function parsePathCount(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 20 ? n : DEFAULT_PATH_COUNT;
}

function parseYears(value: string | null): YearRange | null {
  const match = value?.match(/^(\d{4})-(\d{4})$/);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  return from <= to ? { from, to } : { from: to, to: from };
}

function parseLayout(value: string | null): LayoutName {
  return (LAYOUTS as readonly string[]).includes(value ?? '') ? (value as LayoutName) : INITIAL_VIEW.layout;
}

export function parseUrlState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = text(params, 'from');
  const to = text(params, 'to');
  const hiddenKinds = list(params, 'hideKind').filter(isNodeKind);
  return {
    focus: text(params, 'focus'),
    depth: parseDepth(params.get('depth')),
    limit: parseLimit(params.get('limit')),
    expanded: list(params, 'expand'),
    hidden: list(params, 'hide'),
    pinned: list(params, 'pin'),
    filters: {
      hiddenKinds: NODE_KINDS.filter((kind) => hiddenKinds.includes(kind)),
      domain: text(params, 'domain'),
      region: text(params, 'region'),
      years: parseYears(params.get('years')),
    },
    layout: parseLayout(params.get('layout')),
    path: from && to ? { from, to, k: parsePathCount(params.get('k')) } : null,
  };
}

/** The query string for a view, keeping any other parameters already there; defaults are left out. */
export function formatUrlState(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of PARAMS) params.delete(key);
  if (view.focus) params.set('focus', view.focus);
  if (view.depth !== 1) params.set('depth', String(view.depth));
  if (view.limit !== DEFAULT_NODE_LIMIT) params.set('limit', String(view.limit));
  for (const id of view.expanded) params.append('expand', id);
  for (const id of view.hidden) params.append('hide', id);
  for (const id of view.pinned) params.append('pin', id);
  for (const kind of view.filters.hiddenKinds) params.append('hideKind', kind);
  if (view.filters.domain) params.set('domain', view.filters.domain);
  if (view.filters.region) params.set('region', view.filters.region);
  if (view.filters.years) params.set('years', `${view.filters.years.from}-${view.filters.years.to}`);
  if (view.layout !== INITIAL_VIEW.layout) params.set('layout', view.layout);
  if (view.path) {
    params.set('from', view.path.from);
    params.set('to', view.path.to);
    if (view.path.k !== DEFAULT_PATH_COUNT) params.set('k', String(view.path.k));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export type HistoryMode = 'push' | 'replace' | 'none';

export function writeUrlState(view: ViewState, mode: HistoryMode): void {
  if (mode === 'none') return;
  const search = formatUrlState(view, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
