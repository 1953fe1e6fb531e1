// The explorer's state as one React hook: the view (kept in the address bar), undoable graph edits, the
// neighbourhoods, expansions and paths fetched for it, the composed scene (plus any evidence shown by 谁能帮助),
// selection, flashes and errors.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isAbort, isApiError, type ApiErrorCode } from '../api/graphql-request.ts';
import { neighborhood, paths as fetchPaths, search } from '../api/queries.ts';
import type { PathsAnswer, Subgraph } from '../api/types.ts';
import { mergeSubgraphs } from '../graph/merge.ts';
import type { PathIds } from '../graph/path-highlight.ts';
import type { Flash, Scene, Selection } from '../graph/scene.ts';
import { parseUrlState, writeUrlState, type HistoryMode } from '../url-state.ts';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../view/history.ts';
import {
  NO_EDITS,
  PATH_MAX_LENGTH,
  applyEdit,
  editsOf,
  type Depth,
  type EditAction,
  type Filters,
  type GraphEdits,
  type LayoutName,
  type PathEnds,
  type ViewState,
} from '../view/view-state.ts';
import { baseKey, composeScene, expansionKey, pathKey, type Fetched } from './compose-scene.ts';

/** Neighbours fetched when a node is expanded. */
export const EXPANSION_LIMIT = 150;
/** The region drawn on first load when the address names no focus. */
export const OVERVIEW_REGION = '垦利区';

export interface UiError {
  readonly code: ApiErrorCode | 'OVERVIEW_MISSING';
  readonly message: string;
}

function toUiError(error: unknown): UiError {
  if (isApiError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

type Rest = Omit<ViewState, keyof GraphEdits>;

function splitView(view: ViewState): { rest: Rest; edits: GraphEdits } {
  const rest: Rest = {
    focus: view.focus,
    depth: view.depth,
    limit: view.limit,
    filters: view.filters,
    layout: view.layout,
    path: view.path,
  };
  return { rest, edits: editsOf(view) };
}

/** Evidence drawn on top of the view: a subgraph merged into the map and the paths to highlight in it. */
export interface EvidenceOverlay {
  readonly graph: Subgraph;
  readonly paths: readonly PathIds[];
}

interface Need {
  readonly key: string;
  readonly load: (signal: AbortSignal) => Promise<Subgraph | PathsAnswer>;
  readonly type: 'subgraph' | 'paths';
}

export interface Explorer {
  readonly view: ViewState;
  readonly focusId: string | null;
  /** The 垦利区 region entity (drawn when no focus is named; the dashboard's statistics). */
  readonly regionId: string | null;
  readonly scene: Scene | null;
  readonly loading: boolean;
  readonly error: UiError | null;
  readonly selection: Selection | null;
  readonly flash: Flash | null;
  readonly pathAnswer: PathsAnswer | null;
  /** The path shown alone, or null for all of them. */
  readonly activePath: number | null;
  readonly highlighted: readonly PathIds[];
  /** Evidence merged into the map and highlighted (谁能帮助), or null. */
  readonly evidence: EvidenceOverlay | null;
  readonly setEvidence: (evidence: EvidenceOverlay | null) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly edit: (action: EditAction) => void;
  readonly toggleExpand: (id: string) => void;
  readonly openFocus: (id: string) => void;
  /** A search hit: centre the map on it (its neighbourhood) and flash it. */
  readonly focusAndFlash: (id: string) => void;
  /** The dashboard: flash the entity where it is drawn, or centre the map on it when it is not. */
  readonly jumpTo: (id: string) => void;
  readonly setDepth: (depth: Depth) => void;
  readonly setLimit: (limit: number) => void;
  readonly setFilters: (filters: Filters) => void;
  readonly setLayout: (layout: LayoutName) => void;
  readonly setPath: (path: PathEnds | null) => void;
  readonly setActivePath: (index: number | null) => void;
  readonly setSelection: (selection: Selection | null) => void;
  readonly setError: (error: UiError | null) => void;
  readonly reportError: (error: unknown) => void;
}

export function useExplorer(): Explorer {
  const [initial] = useState(() => splitView(parseUrlState(window.location.search)));
  const [rest, setRest] = useState<Rest>(initial.rest);
  const [history, setHistory] = useState<History<GraphEdits>>(() => startHistory(initial.edits));
  const [regionId, setRegionId] = useState<string | null>(null);
  const [fetched, setFetched] = useState<Fetched>({ subgraphs: new Map(), paths: new Map() });
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<UiError | null>(null);
  const [selection, setSelection] = useState<Selection | null>(() =>
    initial.rest.focus ? { type: 'node', id: initial.rest.focus } : null,
  );
  const [flash, setFlash] = useState<Flash | null>(null);
  const [activePath, setActivePath] = useState<number | null>(null);
  const [evidence, setEvidence] = useState<EvidenceOverlay | null>(null);
  const urlMode = useRef<HistoryMode>('none');
  const inflight = useRef(new Map<string, AbortController>());

  const view: ViewState = useMemo(() => ({ ...rest, ...history.present }), [rest, history.present]);
  const focusId = view.focus ?? regionId;

  const reportError = useCallback((value: unknown) => {
    if (!isAbort(value)) setError(toUiError(value));
  }, []);

  // The address bar follows the view: a new focus is a new history entry, everything else replaces it.
  useEffect(() => {
    writeUrlState(view, urlMode.current);
    urlMode.current = 'replace';
  }, [view]);

  // Back and forward reopen the view the address describes.
  useEffect(() => {
    const onPopState = () => {
      const next = splitView(parseUrlState(window.location.search));
      urlMode.current = 'none';
      setRest(next.rest);
      setHistory(startHistory(next.edits));
      setError(null);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // The 垦利区 region: drawn when no focus is named, and the dashboard's statistics.
  useEffect(() => {
    const controller = new AbortController();
    search(OVERVIEW_REGION, { kinds: ['Region'], limit: 5, signal: controller.signal })
      .then((hits) => {
        const region = hits.find((hit) => hit.entity.name === OVERVIEW_REGION) ?? hits[0];
        if (region) setRegionId(region.entity.id);
        else setError({ code: 'OVERVIEW_MISSING', message: '' });
      })
      .catch(reportError);
    return () => controller.abort();
  }, [reportError]);

  const needs = useMemo((): Need[] => {
    if (!focusId) return [];
    const list: Need[] = [
      {
        key: baseKey(focusId, view.depth, view.limit),
        type: 'subgraph',
        load: (signal) => neighborhood(focusId, { depth: view.depth, limit: view.limit, signal }),
      },
      ...view.expanded.map((id): Need => ({
        key: expansionKey(id),
        type: 'subgraph',
        load: (signal) => neighborhood(id, { depth: 1, limit: EXPANSION_LIMIT, signal }),
      })),
    ];
    const path = view.path;
    if (path) {
      list.push({
        key: pathKey(path),
        type: 'paths',
        load: (signal) =>
          fetchPaths(path.from, path.to, { maxLength: PATH_MAX_LENGTH, limit: path.k, signal }),
      });
    }
    return list;
  }, [focusId, view.depth, view.limit, view.expanded, view.path]);

  const missing = useMemo(
    () =>
      needs.filter(
        (need) => !failed.has(need.key) && !fetched.subgraphs.has(need.key) && !fetched.paths.has(need.key),
      ),
    [needs, failed, fetched],
  );

  // Fetch what the view needs and has not got; stop fetching what it no longer needs.
  useEffect(() => {
    const wanted = new Set(missing.map((need) => need.key));
    for (const [key, controller] of inflight.current) {
      if (!wanted.has(key)) {
        controller.abort();
        inflight.current.delete(key);
      }
    }
    for (const need of missing) {
      if (inflight.current.has(need.key)) continue;
      const controller = new AbortController();
      inflight.current.set(need.key, controller);
      need
        .load(controller.signal)
        .then((result) => {
          setFetched((current) =>
            need.type === 'paths'
              ? { ...current, paths: new Map(current.paths).set(need.key, result as PathsAnswer) }
              : { ...current, subgraphs: new Map(current.subgraphs).set(need.key, result as Subgraph) },
          );
        })
        .catch((value: unknown) => {
          if (controller.signal.aborted) return;
          setFailed((current) => new Set(current).add(need.key));
          reportError(value);
        })
        .finally(() => {
          if (inflight.current.get(need.key) === controller) inflight.current.delete(need.key);
        });
    }
  }, [missing, reportError]);

  useEffect(() => {
    const requests = inflight.current;
    return () => {
      for (const controller of requests.values()) controller.abort();
      requests.clear();
    };
  }, []);

  const scene = useMemo(() => {
    if (!focusId) return null;
    const composed = composeScene(
      { focusId, depth: view.depth, limit: view.limit, expanded: view.expanded, path: view.path },
      fetched,
    );
    if (!composed || !evidence) return composed;
    // Evidence joins the map as an expansion does; a cut-short evidence set does not truncate the view.
    const merged = mergeSubgraphs(composed.graph, { ...evidence.graph, truncated: false }).graph;
    return { ...composed, graph: merged };
  }, [focusId, view.depth, view.limit, view.expanded, view.path, fetched, evidence]);

  const pathAnswer = view.path ? (fetched.paths.get(pathKey(view.path)) ?? null) : null;
  const highlighted = useMemo((): readonly PathIds[] => {
    if (evidence) return evidence.paths;
    if (!pathAnswer) return [];
    const chosen = activePath === null ? undefined : pathAnswer.paths[activePath];
    return chosen ? [chosen] : pathAnswer.paths;
  }, [pathAnswer, activePath, evidence]);

  const edit = useCallback((action: EditAction) => {
    setHistory((current) => record(current, applyEdit(current.present, action)));
  }, []);

  const toggleExpand = useCallback(
    (id: string) => {
      if (id === focusId) return;
      edit({ type: view.expanded.includes(id) ? 'collapse' : 'expand', id });
    },
    [edit, focusId, view.expanded],
  );

  const openFocus = useCallback((id: string) => {
    urlMode.current = 'push';
    setError(null);
    setFailed(new Set());
    setRest((current) => ({
      ...current,
      focus: id,
      filters: { ...current.filters, domain: null, region: null },
    }));
    setHistory(startHistory(NO_EDITS));
    setSelection({ type: 'node', id });
  }, []);

  const jumpTo = useCallback(
    (id: string) => {
      setSelection({ type: 'node', id });
      setFlash((current) => ({ id, nonce: (current?.nonce ?? 0) + 1 }));
      const drawn = scene?.graph.nodes.some((node) => node.id === id) ?? false;
      if (!drawn) openFocus(id);
    },
    [scene, openFocus],
  );

  const focusAndFlash = useCallback(
    (id: string) => {
      setFlash((current) => ({ id, nonce: (current?.nonce ?? 0) + 1 }));
      if (id !== view.focus) openFocus(id);
      else setSelection({ type: 'node', id });
    },
    [openFocus, view.focus],
  );

  const setDepth = useCallback((depth: Depth) => setRest((current) => ({ ...current, depth })), []);
  const setLimit = useCallback((limit: number) => {
    setFailed(new Set());
    setRest((current) => ({ ...current, limit }));
  }, []);
  const setFilters = useCallback((filters: Filters) => setRest((current) => ({ ...current, filters })), []);
  const setLayout = useCallback((layout: LayoutName) => setRest((current) => ({ ...current, layout })), []);
  const setPath = useCallback((path: PathEnds | null) => {
    setActivePath(null);
    setRest((current) => ({ ...current, path }));
  }, []);

  const undoEdit = useCallback(() => setHistory(undo), []);
  const redoEdit = useCallback(() => setHistory(redo), []);

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, except while typing.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undoEdit();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redoEdit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undoEdit, redoEdit]);

  return {
    view,
    focusId,
    regionId,
    scene,
    loading: missing.length > 0 || (!focusId && error === null),
    error,
    selection,
    flash,
    pathAnswer,
    activePath,
    highlighted,
    evidence,
    setEvidence,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    undo: undoEdit,
    redo: redoEdit,
    edit,
    toggleExpand,
    openFocus,
    focusAndFlash,
    jumpTo,
    setDepth,
    setLimit,
    setFilters,
    setLayout,
    setPath,
    setActivePath,
    setSelection,
    setError,
    reportError,
  };
}
