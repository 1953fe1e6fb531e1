// The side panel: the selected entity or relationship, or the overview when nothing is selected.
import type { NodeKind } from '#model';
import type { Stats } from '../api/answers.ts';
import type { Scene, Selection } from '../graph/scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import { EdgeDetail } from './EdgeDetail.tsx';
import { NodeDetail, type NodeActions } from './NodeDetail.tsx';
import { OverviewPanel } from './OverviewPanel.tsx';

export interface DetailPanelProps {
  readonly selection: Selection | null;
  readonly scene: Scene | null;
  readonly stats: Stats | null;
  readonly regionId: string | null;
  readonly actions: NodeActions;
  readonly onSelect: (selection: Selection | null) => void;
  readonly onSoloKind: (kind: NodeKind) => void;
  /** The dashboard's “show me this”: jump to an entity on the map. */
  readonly onFocus: (id: string) => void;
  readonly onError: (error: unknown) => void;
}

export function DetailPanel({
  selection,
  scene,
  stats,
  regionId,
  actions,
  onSelect,
  onSoloKind,
  onFocus,
  onError,
}: DetailPanelProps) {
  const { t } = useLang();
  const nodes = scene?.graph.nodes ?? [];
  const find = (id: string) => nodes.find((n) => n.id === id);
  const edge = selection?.type === 'edge' ? scene?.graph.edges.find((e) => e.id === selection.id) : undefined;

  let body;
  if (selection?.type === 'node') {
    body = (
      <NodeDetail
        key={selection.id}
        id={selection.id}
        summary={find(selection.id)}
        isFocus={scene?.focusId === selection.id}
        actions={actions}
        onError={onError}
      />
    );
  } else if (edge) {
    body = <EdgeDetail edge={edge} from={find(edge.from)} to={find(edge.to)} onSelect={onSelect} />;
  } else {
    body = (
      <OverviewPanel
        stats={stats}
        regionId={regionId}
        onFocus={onFocus}
        onSoloKind={onSoloKind}
        onError={onError}
      />
    );
  }

  return (
    <aside className="side-panel" data-testid="detail-panel" aria-label={t.detailTitle}>
      {selection && (
        <button
          type="button"
          className="panel-close"
          aria-label={t.close}
          title={t.close}
          onClick={() => onSelect(null)}
        >
          ×
        </button>
      )}
      {body}
    </aside>
  );
}
