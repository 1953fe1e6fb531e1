// What the planner is looking at, as plain data: focus, expansions, hidden and pinned nodes, filters, layout, path.
// Everything here round-trips through the address bar (see url-state.ts); edits are undoable (see history.ts).
import { NODE_KINDS, type NodeKind } from '#model';

export type Depth = 1 | 2 | 3;
export const DEPTHS: readonly Depth[] = [1, 2, 3];

/** Entities fetched per neighbourhood; the server refuses more than 2,000 (TOO_LARGE). */
export const NODE_LIMITS = [150, 500, 2000] as const;
export const DEFAULT_NODE_LIMIT = 150;

export const LAYOUTS = ['fcose', 'concentric', 'region', 'domain'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface Filters {
  readonly hiddenKinds: readonly NodeKind[];
  /** A Domain entity id: only what relates to it (or a subfield) stays. */
  readonly domain: string | null;
  /** A Region entity id: only what relates to it (or a sub-region) stays. */
  readonly region: string | null;
  /** Relationships dated outside the range are hidden; undated ones stay. */
  readonly years: YearRange | null;
}

export interface PathEnds {
  readonly from: string;
  readonly to: string;
  /** How many shortest paths to show. */
  readonly k: number;
}

export const PATH_COUNTS = [1, 2, 3, 5] as const;
export const DEFAULT_PATH_COUNT = 3;
/** Longest path searched, in relationships (the server allows up to 6). */
export const PATH_MAX_LENGTH = 4;

/** The undoable part: what the planner did to the drawn graph. */
export interface GraphEdits {
  /** Entities whose neighbours were added, in the order they were expanded. */
  readonly expanded: readonly string[];
  readonly hidden: readonly string[];
  readonly pinned: readonly string[];
}

export interface ViewState extends GraphEdits {
  /** The entity whose neighbourhood is drawn; null for the 垦利区 overview. */
  readonly focus: string | null;
  readonly depth: Depth;
  readonly limit: number;
  readonly filters: Filters;
  readonly layout: LayoutName;
  readonly path: PathEnds | null;
}

export const NO_FILTERS: Filters = { hiddenKinds: [], domain: null, region: null, years: null };
export const NO_EDITS: GraphEdits = { expanded: [], hidden: [], pinned: [] };

export const INITIAL_VIEW: ViewState = {
  focus: null,
  depth: 1,
  limit: DEFAULT_NODE_LIMIT,
  ...NO_EDITS,
  filters: NO_FILTERS,
  layout: 'fcose',
  path: null,
};

function without(list: readonly string[], id: string): string[] {
  return list.filter((item) => item !== id);
}

function withAdded(list: readonly string[], id: string): readonly string[] {
  return list.includes(id) ? list : [...list, id];
}

export type EditAction =
  | { readonly type: 'expand'; readonly id: string }
  | { readonly type: 'collapse'; readonly id: string }
  | { readonly type: 'hide'; readonly id: string }
  | { readonly type: 'showAll' }
  | { readonly type: 'pin'; readonly id: string }
  | { readonly type: 'unpin'; readonly id: string };

/** Applies one edit; returns the same object when the edit changes nothing (so no undo step is recorded). */
export function applyEdit(edits: GraphEdits, action: EditAction): GraphEdits {
  switch (action.type) {
    case 'expand':
      return edits.expanded.includes(action.id)
        ? edits
        : { ...edits, expanded: [...edits.expanded, action.id], hidden: without(edits.hidden, action.id) };
    case 'collapse':
      return edits.expanded.includes(action.id)
        ? { ...edits, expanded: without(edits.expanded, action.id) }
        : edits;
    case 'hide':
      return edits.hidden.includes(action.id)
        ? edits
        : { ...edits, hidden: [...edits.hidden, action.id], pinned: without(edits.pinned, action.id) };
    case 'showAll':
      return edits.hidden.length === 0 ? edits : { ...edits, hidden: [] };
    case 'pin':
      return edits.pinned.includes(action.id)
        ? edits
        : { ...edits, pinned: withAdded(edits.pinned, action.id) };
    case 'unpin':
      return edits.pinned.includes(action.id)
        ? { ...edits, pinned: without(edits.pinned, action.id) }
        : edits;
    default:
      return edits;
  }
}

export function editsOf(view: ViewState): GraphEdits {
  return { expanded: view.expanded, hidden: view.hidden, pinned: view.pinned };
}

/** Shows or hides one kind. */
export function toggleKind(filters: Filters, kind: NodeKind): Filters {
  const hidden = filters.hiddenKinds.includes(kind)
    ? filters.hiddenKinds.filter((k) => k !== kind)
    : [...filters.hiddenKinds, kind];
  return { ...filters, hiddenKinds: NODE_KINDS.filter((k) => hidden.includes(k)) };
}

/** Shows only one kind (the dashboard's “click a count”), or every kind again when it is already alone. */
export function soloKind(filters: Filters, kind: NodeKind): Filters {
  const others = NODE_KINDS.filter((k) => k !== kind);
  const alreadyAlone =
    filters.hiddenKinds.length === others.length && others.every((k) => filters.hiddenKinds.includes(k));
  return { ...filters, hiddenKinds: alreadyAlone ? [] : others };
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenKinds.length > 0 ||
    filters.domain !== null ||
    filters.region !== null ||
    filters.years !== null
  );
}
