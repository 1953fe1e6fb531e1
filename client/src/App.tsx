// The explorer page: header with search and language toggle, the graph canvas with its legend, and the side panel.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { NodeKind } from '../../server/src/domain/node-kinds.ts';
import { isAbort, isApiError, type ApiErrorCode } from './api/graphql-request.ts';
import { neighborhood, search, stats as fetchStats, type Depth } from './api/queries.ts';
import type { SearchHit, Stats } from './api/types.ts';
import { GraphView } from './graph/GraphView.tsx';
import { mergeSubgraphs } from './graph/merge.ts';
import type { Scene, Selection } from './graph/scene.ts';
import { LangContext, initialLang, rememberLang } from './i18n/lang-context.ts';
import { STRINGS, type Lang, type Strings } from './i18n/strings.ts';
import { DetailPanel } from './panels/DetailPanel.tsx';
import { Legend } from './panels/Legend.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { parseUrlState, writeUrlState, type HistoryMode } from './url-state.ts';

export const NEIGHBORHOOD_LIMIT = 150;
/** The region drawn on first load when the address names no focus. */
export const OVERVIEW_REGION = '垦利区';
const DEPTHS: readonly Depth[] = [1, 2];

interface UiError {
  readonly code: ApiErrorCode | 'OVERVIEW_MISSING';
  readonly message: string;
}

const OVERVIEW_MISSING = 'OverviewMissing';

function toUiError(error: unknown): UiError {
  if (isApiError(error)) return { code: error.code, message: error.message };
  if (error instanceof Error && error.name === OVERVIEW_MISSING)
    return { code: 'OVERVIEW_MISSING', message: '' };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function describeError(error: UiError, t: Strings): string {
  if (error.code === 'OVERVIEW_MISSING') return t.overviewMissing;
  if (error.code === 'NETWORK') return t.networkError;
  return error.message;
}

/** What the next graph load should draw: one entity's neighbourhood, or the 垦利区 overview. */
type LoadRequest =
  | { readonly type: 'focus'; readonly id: string; readonly depth: Depth; readonly history: HistoryMode }
  | { readonly type: 'overview' };

function requestFromUrl(): LoadRequest {
  const state = parseUrlState(window.location.search);
  return state.focus
    ? { type: 'focus', id: state.focus, depth: state.depth, history: 'none' }
    : { type: 'overview' };
}

async function loadScene(
  request: LoadRequest,
  signal: AbortSignal,
): Promise<{ readonly scene: Scene; readonly selection: Selection | null }> {
  if (request.type === 'focus') {
    const graph = await neighborhood(request.id, { depth: request.depth, limit: NEIGHBORHOOD_LIMIT, signal });
    return {
      scene: { graph, focusId: request.id, change: { type: 'replace' } },
      selection: { type: 'node', id: request.id },
    };
  }
  const hits = await search(OVERVIEW_REGION, { kinds: ['Region'], limit: 5, signal });
  const region = hits.find((hit) => hit.entity.name === OVERVIEW_REGION) ?? hits[0];
  if (!region) throw Object.assign(new Error(OVERVIEW_REGION), { name: OVERVIEW_MISSING });
  const id = region.entity.id;
  const graph = await neighborhood(id, { depth: 1, limit: NEIGHBORHOOD_LIMIT, signal });
  return { scene: { graph, focusId: id, change: { type: 'replace' } }, selection: null };
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const [depth, setDepth] = useState<Depth>(() => parseUrlState(window.location.search).depth);
  const [scene, setScene] = useState<Scene | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<NodeKind>>(() => new Set());
  const [overview, setOverview] = useState<Stats | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [request, setRequest] = useState<LoadRequest>(requestFromUrl);
  const [settled, setSettled] = useState<LoadRequest | null>(null);
  const [expanding, setExpanding] = useState(0);
  const loading = settled !== request;

  const reportError = useCallback((value: unknown) => {
    if (!isAbort(value)) setError(toUiError(value));
  }, []);

  // Each request replaces the graph; a newer request cancels the one before.
  useEffect(() => {
    const controller = new AbortController();
    loadScene(request, controller.signal)
      .then((next) => {
        setScene(next.scene);
        setSelection(next.selection);
        if (request.type === 'focus')
          writeUrlState({ focus: request.id, depth: request.depth }, request.history);
      })
      .catch((value: unknown) => {
        if (!controller.signal.aborted) reportError(value);
      })
      .finally(() => {
        if (!controller.signal.aborted) setSettled(request);
      });
    return () => controller.abort();
  }, [request, reportError]);

  // The statistics behind the overview panel.
  useEffect(() => {
    const controller = new AbortController();
    fetchStats({ signal: controller.signal }).then(setOverview, reportError);
    return () => controller.abort();
  }, [reportError]);

  const openFocus = useCallback((id: string, nextDepth: Depth, history: HistoryMode) => {
    setError(null);
    setRequest({ type: 'focus', id, depth: nextDepth, history });
  }, []);

  // Back and forward move between focused entities.
  useEffect(() => {
    const onPopState = () => {
      setDepth(parseUrlState(window.location.search).depth);
      setError(null);
      setRequest(requestFromUrl());
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const expand = useCallback(
    async (id: string) => {
      setExpanding((n) => n + 1);
      setError(null);
      try {
        const extra = await neighborhood(id, { depth: 1, limit: NEIGHBORHOOD_LIMIT });
        setScene((current) => {
          // A newer graph without this node replaced the one the expansion was asked for.
          if (!current?.graph.nodes.some((node) => node.id === id)) return current;
          const merged = mergeSubgraphs(current.graph, extra);
          if (merged.added.nodes.length === 0 && merged.added.edges.length === 0) return current;
          return { graph: merged.graph, focusId: current.focusId, change: { type: 'expand', anchorId: id } };
        });
      } catch (value) {
        reportError(value);
      } finally {
        setExpanding((n) => n - 1);
      }
    },
    [reportError],
  );

  const chooseHit = useCallback(
    (hit: SearchHit) => openFocus(hit.entity.id, depth, 'push'),
    [openFocus, depth],
  );
  const refocus = useCallback((id: string) => openFocus(id, depth, 'push'), [openFocus, depth]);
  const onExpand = useCallback((id: string) => void expand(id), [expand]);

  function changeDepth(next: Depth) {
    if (next === depth) return;
    setDepth(next);
    const focusId = scene?.focusId;
    if (!focusId) return;
    const inUrl = parseUrlState(window.location.search).focus === focusId;
    openFocus(focusId, next, inUrl ? 'replace' : 'none');
  }

  function toggleLang() {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    rememberLang(next);
  }

  const toggleKind = useCallback((kind: NodeKind) => {
    setHiddenKinds((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, []);

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const node of scene?.graph.nodes ?? []) map.set(node.kind, (map.get(node.kind) ?? 0) + 1);
    return map;
  }, [scene]);

  return (
    <LangContext value={lang}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-title">
            <span className="app-title-zh">{t.appTitle}</span>
            <span className="app-title-sep" aria-hidden="true">
              ·
            </span>
            <span className="app-title-en" lang="en">
              {t.appTitleEn}
            </span>
          </h1>
          <SearchBox onChoose={chooseHit} onError={reportError} />
          <div className="depth-toggle" role="group" aria-label={t.depthLabel}>
            <span className="depth-label">{t.depthLabel}</span>
            {DEPTHS.map((d) => (
              <button
                key={d}
                type="button"
                className="segment"
                aria-pressed={depth === d}
                onClick={() => changeDepth(d)}
              >
                {t.depthOption(d)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="lang-toggle"
            data-testid="lang-toggle"
            title={t.langToggleTitle}
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            onClick={toggleLang}
          >
            {t.langToggle}
          </button>
        </header>

        {error && (
          <div className="error-line" role="alert">
            <span data-testid="error-message">{describeError(error, t)}</span>
            <button
              type="button"
              className="error-dismiss"
              aria-label={t.dismiss}
              onClick={() => setError(null)}
            >
              ×
            </button>
          </div>
        )}

        <main className="workspace">
          <Legend hiddenKinds={hiddenKinds} counts={counts} onToggle={toggleKind} />
          <section className="graph-area">
            <GraphView
              scene={scene}
              hiddenKinds={hiddenKinds}
              selection={selection}
              onSelect={setSelection}
              onExpand={onExpand}
            />
            <div className="graph-status" aria-live="polite">
              {loading || expanding > 0 ? (
                <span className="status-busy">{t.loadingGraph}</span>
              ) : (
                scene && <span>{t.graphSummary(scene.graph.nodes.length, scene.graph.edges.length)}</span>
              )}
              {scene?.graph.truncated && <span className="status-warning">{t.truncated}</span>}
              <span className="status-hint">{t.graphHint}</span>
            </div>
          </section>
          <DetailPanel
            selection={selection}
            scene={scene}
            stats={overview}
            onSelect={setSelection}
            onExpand={onExpand}
            onRefocus={refocus}
            onError={reportError}
          />
        </main>
      </div>
    </LangContext>
  );
}
