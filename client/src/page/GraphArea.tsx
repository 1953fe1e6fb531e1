// The middle of the page: the toolbar (layout, size, undo/redo, opportunities, export, share), the filters, the canvas with its
// hover card, and the status line (what is drawn, cut short, large view, hints).
import type { Core } from 'cytoscape';
import { useMemo, useRef, useState } from 'react';
import type { Explorer } from '../explore/use-explorer.ts';
import type { SceneIndex } from '../explore/use-scene-index.ts';
import { LARGE_VIEW_ELEMENTS } from '../graph/create-cy.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { HoverCard } from '../graph/HoverCard.tsx';
import type { Hover, Scene } from '../graph/scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import { FilterBar } from '../toolbar/FilterBar.tsx';
import { GraphToolbar } from '../toolbar/GraphToolbar.tsx';
import { useViewExport } from '../toolbar/use-view-export.ts';
import type { OpportunityLayer } from '../opportunities/use-opportunity-layer.ts';

export interface GraphAreaProps {
  readonly explorer: Explorer;
  readonly index: SceneIndex;
  readonly opportunities: OpportunityLayer;
}

export function GraphArea({ explorer, index, opportunities }: GraphAreaProps) {
  const { view, scene } = explorer;
  const [hover, setHover] = useState<Hover | null>(null);
  const [visibleCount, setVisibleCount] = useState(0);
  const [preferWebgl] = useState(
    () => new URLSearchParams(window.location.search).get('renderer') === 'webgl',
  );
  const cyRef = useRef<Core | null>(null);
  const { exportView, share } = useViewExport(cyRef, scene, index.nodes);
  const classes = useMemo(
    () => ({ filters: view.filters, hidden: view.hidden, pinned: view.pinned, expanded: view.expanded }),
    [view.filters, view.hidden, view.pinned, view.expanded],
  );

  return (
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
        opportunitiesOn={opportunities.on}
        onToggleOpportunities={opportunities.toggle}
      />
      <FilterBar
        filters={view.filters}
        domains={index.domains}
        regions={index.regions}
        years={index.years}
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
          selection={explorer.selection}
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
        <HoverCard hover={hover} nodes={index.nodes} edges={index.edges} />
        <GraphStatus scene={scene} loading={explorer.loading} />
      </div>
    </section>
  );
}

function GraphStatus({ scene, loading }: { readonly scene: Scene | null; readonly loading: boolean }) {
  const { t } = useLang();
  const elementCount = scene ? scene.graph.nodes.length + scene.graph.edges.length : 0;
  return (
    <div className="graph-status" aria-live="polite">
      {loading ? (
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
  );
}
