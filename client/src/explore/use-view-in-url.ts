// The view and its undoable graph edits, kept in the address bar: read from it at start, written back on every
// change (a new focus is a new browser history entry, anything else replaces the entry), reopened on back and
// forward.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { parseUrlState, writeUrlState, type HistoryMode } from '../url-state.ts';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../view/history.ts';
import {
  NO_EDITS,
  applyEdit,
  editsOf,
  type EditAction,
  type GraphEdits,
  type ViewState,
} from '../view/view-state.ts';

/** The view apart from the graph edits: focus, depth, size, filters, layout and path. */
export type ViewSettings = Omit<ViewState, keyof GraphEdits>;

function splitView(view: ViewState): { settings: ViewSettings; edits: GraphEdits } {
  const settings: ViewSettings = {
    focus: view.focus,
    depth: view.depth,
    limit: view.limit,
    filters: view.filters,
    layout: view.layout,
    path: view.path,
  };
  return { settings, edits: editsOf(view) };
}

export interface ViewInUrl {
  readonly view: ViewState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Changes the settings; the address follows in place. */
  readonly change: (update: (settings: ViewSettings) => ViewSettings) => void;
  /** Centres the map on an entity: a new browser history entry, domain and region filters and edits cleared. */
  readonly refocus: (id: string) => void;
  readonly edit: (action: EditAction) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** `onReopen` is called when back or forward reopened the view the address describes. */
export function useViewInUrl(onReopen: () => void): ViewInUrl {
  const [initial] = useState(() => splitView(parseUrlState(window.location.search)));
  const [settings, setSettings] = useState<ViewSettings>(initial.settings);
  const [history, setHistory] = useState<History<GraphEdits>>(() => startHistory(initial.edits));
  const urlMode = useRef<HistoryMode>('none');
  const reopened = useEffectEvent(onReopen);

  const view: ViewState = useMemo(() => ({ ...settings, ...history.present }), [settings, history.present]);

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
      setSettings(next.settings);
      setHistory(startHistory(next.edits));
      reopened();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const change = useCallback((update: (current: ViewSettings) => ViewSettings) => setSettings(update), []);

  const refocus = useCallback((id: string) => {
    urlMode.current = 'push';
    setSettings((current) => ({
      ...current,
      focus: id,
      filters: { ...current.filters, domain: null, region: null },
    }));
    setHistory(startHistory(NO_EDITS));
  }, []);

  const edit = useCallback((action: EditAction) => {
    setHistory((current) => record(current, applyEdit(current.present, action)));
  }, []);
  const undoEdit = useCallback(() => setHistory(undo), []);
  const redoEdit = useCallback(() => setHistory(redo), []);

  return {
    view,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    change,
    refocus,
    edit,
    undo: undoEdit,
    redo: redoEdit,
  };
}
