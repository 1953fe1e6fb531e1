// The explorer's state as one React hook, composed from one hook per concern: the view in the address bar with
// its undoable edits (use-view-in-url.ts), the neighbourhoods, expansions and paths fetched for it
// (use-fetched-graph.ts), the 垦利区 region (use-overview-region.ts) and the keyboard's undo (use-undo-keys.ts);
// here the composed scene (plus the opportunities layer and any evidence shown by 谁能帮助), selection, flashes
// and errors.
import { useCallback, useMemo, useState } from 'react';
import type { PathsAnswer } from '../api/answers.ts';
import { isAbort, isApiError, type ApiErrorCode } from '../api/graphql-request.ts';
import type { PathIds } from '../graph/path-highlight.ts';
import type { Flash, Scene, Selection } from '../graph/scene.ts';
import type { Depth, EditAction, Filters, LayoutName, PathEnds, ViewState } from '../view/view-state.ts';
import {
  composeScene,
  highlightedPaths,
  pathKey,
  withEvidence,
  withSuggestions,
  type EvidenceOverlay,
  type SuggestionOverlay,
} from './compose-scene.ts';
import { useFetchedGraph } from './use-fetched-graph.ts';
import { useOverviewRegion } from './use-overview-region.ts';
import { useUndoKeys } from './use-undo-keys.ts';
import { useViewInUrl } from './use-view-in-url.ts';

export interface UiError {
  readonly code: ApiErrorCode | 'OVERVIEW_MISSING';
  readonly message: string;
}

function toUiError(error: unknown): UiError {
  if (isApiError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export interface Explorer {
  readonly view: ViewState;
  readonly focusId: string | null;
  /** The 垦利区 region entity (drawn when no focus is named; the dashboard's statistics). */
  readonly regionId: string | null;
  readonly scene: Scene | null;
  /** The scene as the view asks for it, without the opportunities layer or evidence drawn over it. */
  readonly baseScene: Scene | null;
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
  /** The opportunities layer drawn over the map (机会), or null when it is off. */
  readonly suggestions: SuggestionOverlay | null;
  readonly setSuggestions: (layer: SuggestionOverlay | null) => void;
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
  /** Asks the server again for everything drawn (after an edit or an undo of the graph's data). */
  readonly reloadData: () => void;
}

const nextFlash = (id: string) => (current: Flash | null) => ({ id, nonce: (current?.nonce ?? 0) + 1 });

export function useExplorer(): Explorer {
  const [error, setError] = useState<UiError | null>(null);
  const reportError = useCallback((value: unknown) => {
    if (!isAbort(value)) setError(toUiError(value));
  }, []);
  const url = useViewInUrl(() => setError(null));
  const { view, change, edit } = url;
  const regionId = useOverviewRegion(() => setError({ code: 'OVERVIEW_MISSING', message: '' }), reportError);
  const focusId = view.focus ?? regionId;
  const { fetched, pending, clearFailures, reload } = useFetchedGraph(focusId, view, reportError);
  const [selection, setSelection] = useState<Selection | null>(() =>
    view.focus ? { type: 'node', id: view.focus } : null,
  );
  const [flash, setFlash] = useState<Flash | null>(null);
  const [activePath, setActivePath] = useState<number | null>(null);
  const [evidence, setEvidence] = useState<EvidenceOverlay | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionOverlay | null>(null);
  useUndoKeys(url.undo, url.redo);

  const { depth, limit, expanded, path } = view;
  const baseScene = useMemo(
    () => (focusId ? composeScene({ focusId, depth, limit, expanded, path }, fetched) : null),
    [focusId, depth, limit, expanded, path, fetched],
  );
  const scene = useMemo(
    () => withEvidence(withSuggestions(baseScene, suggestions), evidence),
    [baseScene, suggestions, evidence],
  );
  const pathAnswer = path ? (fetched.paths.get(pathKey(path)) ?? null) : null;
  const highlighted = useMemo(
    () => highlightedPaths(pathAnswer, activePath, evidence),
    [pathAnswer, activePath, evidence],
  );

  const toggleExpand = useCallback(
    (id: string) => {
      if (id === focusId) return;
      edit({ type: expanded.includes(id) ? 'collapse' : 'expand', id });
    },
    [edit, focusId, expanded],
  );
  const { refocus } = url;
  const openFocus = useCallback(
    (id: string) => {
      setError(null);
      clearFailures();
      refocus(id);
      setSelection({ type: 'node', id });
    },
    [refocus, clearFailures],
  );
  const jumpTo = useCallback(
    (id: string) => {
      setSelection({ type: 'node', id });
      setFlash(nextFlash(id));
      if (!(scene?.graph.nodes.some((node) => node.id === id) ?? false)) openFocus(id);
    },
    [scene, openFocus],
  );
  const focusAndFlash = useCallback(
    (id: string) => {
      setFlash(nextFlash(id));
      if (id !== view.focus) openFocus(id);
      else setSelection({ type: 'node', id });
    },
    [openFocus, view.focus],
  );

  const setters = useMemo(
    () => ({
      setDepth: (depth: Depth) => change((current) => ({ ...current, depth })),
      setLimit: (limit: number) => {
        clearFailures();
        change((current) => ({ ...current, limit }));
      },
      setFilters: (filters: Filters) => change((current) => ({ ...current, filters })),
      setLayout: (layout: LayoutName) => change((current) => ({ ...current, layout })),
      setPath: (path: PathEnds | null) => {
        setActivePath(null);
        change((current) => ({ ...current, path }));
      },
    }),
    [change, clearFailures],
  );

  return {
    ...setters,
    view,
    focusId,
    regionId,
    scene,
    baseScene,
    loading: pending > 0 || (!focusId && error === null),
    error,
    selection,
    flash,
    pathAnswer,
    activePath,
    highlighted,
    evidence,
    setEvidence,
    suggestions,
    setSuggestions,
    canUndo: url.canUndo,
    canRedo: url.canRedo,
    undo: url.undo,
    redo: url.redo,
    edit,
    toggleExpand,
    openFocus,
    focusAndFlash,
    jumpTo,
    setActivePath,
    setSelection,
    setError,
    reportError,
    reloadData: reload,
  };
}
