// The explorer page: header with search, depth, paths and language; the legend; the graph with its toolbar,
// filters and hover card; the side panel with paths, details or the dashboard. State lives in use-explorer.ts.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NodeKind } from '#model';
import { stats as fetchStats } from './api/queries.ts';
import type { Edge, EntitySummary, SearchHit, Stats } from './api/types.ts';
import { useExplorer, type UiError } from './explore/use-explorer.ts';
import { LARGE_VIEW_ELEMENTS } from './graph/create-cy.ts';
import {
  download,
  edgesCsv,
  exportFileName,
  nodesCsv,
  viewJson,
  viewPng,
  visibleSubgraph,
} from './graph/export-view.ts';
import { GraphView } from './graph/GraphView.tsx';
import { HoverCard } from './graph/HoverCard.tsx';
import type { Hover } from './graph/scene.ts';
import { edgeYear } from './graph/to-elements.ts';
import { yearsOf } from './graph/view-classes.ts';
import { LangContext, initialLang, rememberLang } from './i18n/lang-context.ts';
import { STRINGS, type Lang, type Strings } from './i18n/strings.ts';
import { DetailPanel } from './panels/DetailPanel.tsx';
import type { NodeActions } from './panels/NodeDetail.tsx';
import { Legend } from './panels/Legend.tsx';
import { PathPanel, type PathEnts } from './paths/PathPanel.tsx';
import { HelpPanel } from './help/HelpPanel.tsx';
import { ImportButton } from './import/ImportButton.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { FilterBar } from './toolbar/FilterBar.tsx';
import { GraphToolbar, type ExportFormat } from './toolbar/GraphToolbar.tsx';
import { DEFAULT_PATH_COUNT, DEPTHS, soloKind, toggleKind } from './view/view-state.ts';

function describeError(error: UiError, t: Strings): string {
  if (error.code === 'OVERVIEW_MISSING') return t.overviewMissing;
  if (error.code === 'NETWORK') return t.networkError;
  if (error.code === 'TOO_LARGE') return t.tooLarge(error.message);
  return error.message;
}

function byDegree(a: EntitySummary, b: EntitySummary): number {
  return b.degree - a.degree || a.name.localeCompare(b.name, 'zh');
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = STRINGS[lang];
  const explorer = useExplorer();
  const { view, scene, error, selection, reportError } = explorer;
  const [overview, setOverview] = useState<Stats | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [pathOpen, setPathOpen] = useState(view.path !== null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [pathDraft, setPathDraft] = useState<PathEnts>({ from: null, to: null });
  const [visibleCount, setVisibleCount] = useState(0);
  const [preferWebgl] = useState(
    () => new URLSearchParams(window.location.search).get('renderer') === 'webgl',
  );
  const cyRef = useRef<Core | null>(null);

  // The statistics behind the dashboard.
  useEffect(() => {
    const controller = new AbortController();
    fetchStats({ signal: controller.signal }).then(setOverview, reportError);
    return () => controller.abort();
  }, [reportError]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const nodes = useMemo(
    () => new Map<string, EntitySummary>(scene?.graph.nodes.map((n) => [n.id, n]) ?? []),
    [scene],
  );
  const edges = useMemo(() => new Map<string, Edge>(scene?.graph.edges.map((e) => [e.id, e]) ?? []), [scene]);

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const node of scene?.graph.nodes ?? []) map.set(node.kind, (map.get(node.kind) ?? 0) + 1);
    return map;
  }, [scene]);
  const domains = useMemo(
    () => (scene?.graph.nodes ?? []).filter((n) => n.kind === 'Domain').sort(byDegree),
    [scene],
  );
  const regions = useMemo(
    () => (scene?.graph.nodes ?? []).filter((n) => n.kind === 'Region').sort(byDegree),
    [scene],
  );
  const years = useMemo(
    () => yearsOf((scene?.graph.edges ?? []).map((e) => ({ year: edgeYear(e) }))),
    [scene],
  );
  const classes = useMemo(
    () => ({ filters: view.filters, hidden: view.hidden, pinned: view.pinned, expanded: view.expanded }),
    [view.filters, view.hidden, view.pinned, view.expanded],
  );

  const pathEnds: PathEnts = {
    from:
      pathDraft.from ??
      (view.path ? (nodes.get(view.path.from) ?? explorer.pathAnswer?.nodes[0] ?? null) : null),
    to: pathDraft.to ?? (view.path ? (nodes.get(view.path.to) ?? null) : null),
  };
  const { setPath } = explorer;
  const setEnds = useCallback(
    (next: PathEnts) => {
      setPathDraft(next);
      if (next.from && next.to && next.from.id !== next.to.id) {
        setPath({ from: next.from.id, to: next.to.id, k: view.path?.k ?? DEFAULT_PATH_COUNT });
      }
    },
    [setPath, view.path],
  );

  const actions: NodeActions = {
    isExpanded: (id) => view.expanded.includes(id),
    isPinned: (id) => view.pinned.includes(id),
    toggleExpand: explorer.toggleExpand,
    hide: (id) => {
      explorer.edit({ type: 'hide', id });
      explorer.setSelection(null);
    },
    togglePin: (id) => explorer.edit({ type: view.pinned.includes(id) ? 'unpin' : 'pin', id }),
    refocus: explorer.openFocus,
    pathFrom: (entity) => {
      setPathOpen(true);
      setEnds({ ...pathEnds, from: entity });
    },
    pathTo: (entity) => {
      setPathOpen(true);
      setEnds({ ...pathEnds, to: entity });
    },
  };

  const { focusAndFlash } = explorer;
  const chooseHit = useCallback((hit: SearchHit) => focusAndFlash(hit.entity.id), [focusAndFlash]);

  function toggleLang() {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    rememberLang(next);
  }

  function exportView(format: ExportFormat) {
    const cy = cyRef.current;
    if (!cy || !scene) return;
    const focus = scene.focusId ? nodes.get(scene.focusId) : undefined;
    const base = focus?.name ?? 'view';
    if (format === 'png') {
      download(viewPng(cy), exportFileName(base, 'png'));
      return;
    }
    const visible = visibleSubgraph(cy, scene.graph);
    const text =
      format === 'json'
        ? viewJson(visible)
        : format === 'nodes-csv'
          ? nodesCsv(visible, lang, t)
          : edgesCsv(visible, lang, t);
    const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    const suffix = format === 'json' ? 'json' : format === 'nodes-csv' ? 'nodes.csv' : 'edges.csv';
    download(new Blob([text], { type }), exportFileName(base, suffix));
  }

  async function share() {
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      // No clipboard (insecure page or refused): the address bar holds the same link.
    }
  }

  const elementCount = scene ? scene.graph.nodes.length + scene.graph.edges.length : 0;
  const selectedEntity = selection?.type === 'node' ? (nodes.get(selection.id) ?? null) : null;

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
                aria-pressed={view.depth === d}
                onClick={() => explorer.setDepth(d)}
              >
                {t.depthOption(d)}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="segment"
            data-testid="path-toggle"
            aria-pressed={pathOpen}
            onClick={() => setPathOpen((open) => !open)}
          >
            {t.pathTitle}
          </button>
          <button
            type="button"
            className="segment"
            data-testid="help-toggle"
            aria-pressed={helpOpen}
            onClick={() => setHelpOpen((open) => !open)}
          >
            {t.helpToggle}
          </button>
          <ImportButton />
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
              onClick={() => explorer.setError(null)}
            >
              ×
            </button>
          </div>
        )}

        <main className="workspace">
          <Legend
            hiddenKinds={new Set<NodeKind>(view.filters.hiddenKinds)}
            counts={counts}
            onToggle={(kind) => explorer.setFilters(toggleKind(view.filters, kind))}
          />
          <section className="graph-area">
            <GraphToolbar
              layout={view.layout}
              limit={view.limit}
              hiddenCount={view.hidden.length}
              canUndo={explorer.canUndo}
              canRedo={explorer.canRedo}
              canExport={scene !== null}
              onLayout={explorer.setLayout}
              onLimit={explorer.setLimit}
              onUndo={explorer.undo}
              onRedo={explorer.redo}
              onShowHidden={() => explorer.edit({ type: 'showAll' })}
              onExport={exportView}
              onShare={share}
            />
            <FilterBar
              filters={view.filters}
              domains={domains}
              regions={regions}
              years={years}
              shown={visibleCount}
              total={scene?.graph.nodes.length ?? 0}
              onChange={explorer.setFilters}
            />
            <div className="graph-stage">
              <GraphView
                scene={scene}
                classes={classes}
                layout={view.layout}
                paths={explorer.highlighted}
                selection={selection}
                flash={explorer.flash}
                preferWebgl={preferWebgl}
                onSelect={explorer.setSelection}
                onToggleExpand={explorer.toggleExpand}
                onHover={setHover}
                onCy={(cy) => {
                  cyRef.current = cy;
                }}
                onVisibleCount={setVisibleCount}
              />
              <HoverCard hover={hover} nodes={nodes} edges={edges} />
              <div className="graph-status" aria-live="polite">
                {explorer.loading ? (
                  <span className="status-busy">{t.loadingGraph}</span>
                ) : (
                  scene && (
                    <span data-testid="graph-summary">
                      {t.graphSummary(scene.graph.nodes.length, scene.graph.edges.length)}
                    </span>
                  )
                )}
                {scene?.graph.truncated && <span className="status-warning">{t.truncated}</span>}
                {elementCount >= LARGE_VIEW_ELEMENTS && (
                  <span className="status-warning">{t.largeView(elementCount)}</span>
                )}
                <span className="status-hint">{t.graphHint}</span>
              </div>
            </div>
          </section>
          <div className="side-column">
            {helpOpen && (
              <HelpPanel selected={selectedEntity} onEvidence={explorer.setEvidence} onError={reportError} />
            )}
            {pathOpen && (
              <PathPanel
                path={view.path}
                ends={pathEnds}
                answer={explorer.pathAnswer}
                activePath={explorer.activePath}
                selected={selectedEntity}
                onEnds={setEnds}
                onCount={(k) => view.path && setPath({ ...view.path, k })}
                onClear={() => {
                  setPathDraft({ from: null, to: null });
                  setPath(null);
                }}
                onActivePath={explorer.setActivePath}
                onError={reportError}
              />
            )}
            <DetailPanel
              selection={selection}
              scene={scene}
              stats={overview}
              regionId={explorer.regionId}
              actions={actions}
              onSelect={explorer.setSelection}
              onSoloKind={(kind) => explorer.setFilters(soloKind(view.filters, kind))}
              onFocus={explorer.jumpTo}
              onError={reportError}
            />
          </div>
        </main>
      </div>
    </LangContext>
  );
}
