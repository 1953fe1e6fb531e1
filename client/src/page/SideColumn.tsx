// The column beside the map: the opportunities (机会) while their layer is on, the history of changes, 谁能帮助 and
// the path panel when open, then the details of what is selected (or the dashboard), with what the planner can do
// to an entity from its panel.
import type { Stats } from '../api/answers.ts';
import type { Explorer } from '../explore/use-explorer.ts';
import type { SceneIndex } from '../explore/use-scene-index.ts';
import { HistoryPanel } from '../editor/HistoryPanel.tsx';
import { OpportunitiesPanel } from '../opportunities/OpportunitiesPanel.tsx';
import type { OpportunityLayer } from '../opportunities/use-opportunity-layer.ts';
import { ReviewPanel } from '../review/ReviewPanel.tsx';
import { DetailPanel } from '../panels/DetailPanel.tsx';
import type { NodeActions } from '../panels/NodeDetail.tsx';
import { PathPanel } from '../paths/PathPanel.tsx';
import type { PathEndsChoice } from '../paths/use-path-ends.ts';
import { soloKind } from '../view/view-state.ts';
import { WhoCanHelpPanel, type HelpRequest } from '../who-can-help/WhoCanHelpPanel.tsx';

export interface SideColumnProps {
  readonly explorer: Explorer;
  readonly index: SceneIndex;
  readonly stats: Stats | null;
  readonly pathOpen: boolean;
  readonly whoCanHelpOpen: boolean;
  readonly historyOpen: boolean;
  readonly reviewOpen: boolean;
  /** A need of the register 谁能帮助 was asked about (its key remounts the panel to ask it). */
  readonly helpRequest: (HelpRequest & { readonly key: number }) | null;
  readonly pathEnds: PathEndsChoice;
  readonly onOpenPath: () => void;
  readonly opportunities: OpportunityLayer;
}

function nodeActions(
  explorer: Explorer,
  { ends, setEnds }: PathEndsChoice,
  onOpenPath: () => void,
): NodeActions {
  const { view } = explorer;
  return {
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
      onOpenPath();
      setEnds({ ...ends, from: entity });
    },
    pathTo: (entity) => {
      onOpenPath();
      setEnds({ ...ends, to: entity });
    },
    deleted: () => explorer.setSelection(null),
  };
}

export function SideColumn(props: SideColumnProps) {
  const { explorer, index, pathEnds } = props;
  const { view, selection, reportError } = explorer;
  const selectedEntity = selection?.type === 'node' ? (index.nodes.get(selection.id) ?? null) : null;
  return (
    <div className="side-column">
      {props.opportunities.on && (
        <OpportunitiesPanel
          layer={props.opportunities}
          regionId={explorer.regionId}
          regionName={index.nodes.get(explorer.regionId ?? '')?.name ?? ''}
          onEvidence={explorer.setEvidence}
          onError={reportError}
        />
      )}
      {props.reviewOpen && <ReviewPanel onError={reportError} />}
      {props.historyOpen && <HistoryPanel onError={reportError} />}
      {props.whoCanHelpOpen && (
        <WhoCanHelpPanel
          key={props.helpRequest?.key ?? 0}
          request={props.helpRequest}
          selected={selectedEntity}
          onEvidence={explorer.setEvidence}
          onError={reportError}
        />
      )}
      {props.pathOpen && (
        <PathPanel
          path={view.path}
          ends={pathEnds.ends}
          answer={explorer.pathAnswer}
          activePath={explorer.activePath}
          selected={selectedEntity}
          onEnds={pathEnds.setEnds}
          onCount={(k) => view.path && explorer.setPath({ ...view.path, k })}
          onClear={pathEnds.clear}
          onActivePath={explorer.setActivePath}
          onError={reportError}
        />
      )}
      <DetailPanel
        selection={selection}
        scene={explorer.scene}
        stats={props.stats}
        regionId={explorer.regionId}
        actions={nodeActions(explorer, pathEnds, props.onOpenPath)}
        onSelect={explorer.setSelection}
        onSoloKind={(kind) => explorer.setFilters(soloKind(view.filters, kind))}
        onFocus={explorer.jumpTo}
        onError={reportError}
      />
    </div>
  );
}
