// The explorer page: the header (page/AppHeader.tsx), the error line, the legend, the graph area with its toolbar,
// filters and hover card (page/GraphArea.tsx), and the side column with 机会 (while the opportunities layer is
// on), 谁能帮助, paths, details or the dashboard (page/SideColumn.tsx), and the 1+N need register below the map
// when open (register/RegisterWorkspace.tsx).
// The explorer's state lives in explore/use-explorer.ts.
import { useCallback, useEffect, useState } from 'react';
import type { NodeKind } from '#model';
import type { SearchHit } from './api/answers.ts';
import { EditorContext } from './editor/editor-context.ts';
import { useEditorSession } from './editor/use-editor-session.ts';
import { useExplorer } from './explore/use-explorer.ts';
import { useSceneIndex } from './explore/use-scene-index.ts';
import { useOpportunityLayer } from './opportunities/use-opportunity-layer.ts';
import { LangContext } from './i18n/lang-context.ts';
import { useLangChoice } from './i18n/use-lang-choice.ts';
import { AppHeader } from './page/AppHeader.tsx';
import { ErrorLine } from './page/ErrorLine.tsx';
import { GraphArea } from './page/GraphArea.tsx';
import { SideColumn } from './page/SideColumn.tsx';
import { Legend } from './panels/Legend.tsx';
import { useGraphStats } from './panels/use-graph-stats.ts';
import { usePathEnds } from './paths/use-path-ends.ts';
import { RegisterWorkspace } from './register/RegisterWorkspace.tsx';
import { useRegisterPage } from './register/use-register-page.ts';
import { toggleKind } from './view/view-state.ts';

export function App() {
  const { lang, toggleLang } = useLangChoice();
  const explorer = useExplorer();
  const { view, scene, error, reportError, focusAndFlash, reloadData } = explorer;
  const editorSession = useEditorSession(reportError);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [reviewOpen, setReviewOpen] = useState(false);
  // An edit or an undo of the graph's data redraws the map in place.
  useEffect(() => {
    if (editorSession.dataVersion > 0) reloadData();
  }, [editorSession.dataVersion, reloadData]);
  const index = useSceneIndex(scene);
  const stats = useGraphStats(reportError);
  const pathEnds = usePathEnds(explorer, index.nodes);
  const [pathOpen, setPathOpen] = useState(view.path !== null);
  const [whoCanHelpOpen, setWhoCanHelpOpen] = useState(false);
  const chooseHit = useCallback((hit: SearchHit) => focusAndFlash(hit.entity.id), [focusAndFlash]);
  const openWhoCanHelp = useCallback(() => setWhoCanHelpOpen(true), []);
  const register = useRegisterPage(explorer, openWhoCanHelp);
  const opportunities = useOpportunityLayer(explorer);

  return (
    <LangContext value={lang}>
      <EditorContext value={editorSession}>
        <div className="app">
          <AppHeader
            depth={view.depth}
            pathOpen={pathOpen}
            whoCanHelpOpen={whoCanHelpOpen}
            onChoose={chooseHit}
            onDepth={explorer.setDepth}
            onTogglePath={() => setPathOpen((open) => !open)}
            onToggleWhoCanHelp={() => setWhoCanHelpOpen((open) => !open)}
            historyOpen={historyOpen}
            onToggleHistory={() => setHistoryOpen((open) => !open)}
            reviewOpen={reviewOpen}
            onToggleReview={() => setReviewOpen((open) => !open)}
            registerOpen={register.open}
            onToggleRegister={register.toggle}
            onToggleLang={toggleLang}
            onError={reportError}
          />
          {error && <ErrorLine error={error} onDismiss={() => explorer.setError(null)} />}
          <main className="workspace">
            <Legend
              hiddenKinds={new Set<NodeKind>(view.filters.hiddenKinds)}
              counts={index.counts}
              onToggle={(kind) => explorer.setFilters(toggleKind(view.filters, kind))}
            />
            <GraphArea explorer={explorer} index={index} opportunities={opportunities} />
            <SideColumn
              explorer={explorer}
              index={index}
              stats={stats}
              pathOpen={pathOpen}
              whoCanHelpOpen={whoCanHelpOpen}
              historyOpen={historyOpen}
              reviewOpen={reviewOpen}
              helpRequest={register.helpRequest}
              pathEnds={pathEnds}
              onOpenPath={() => setPathOpen(true)}
              opportunities={opportunities}
            />
          </main>
          {register.open && (
            <RegisterWorkspace
              regionId={explorer.regionId}
              actions={register.actions}
              onClose={register.toggle}
            />
          )}
        </div>
      </EditorContext>
    </LangContext>
  );
}
