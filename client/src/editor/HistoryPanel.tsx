// 变更记录 · History: every change to the graph's data, newest first, with who made it and when, each
// undoable by an editor. Opened from the header; an entity's own history is in its detail panel.
import { useLang } from '../i18n/lang-context.ts';
import { ChangeSetList } from './ChangeSetList.tsx';
import { EDITOR_STRINGS } from './editor-strings.ts';
import { useChangeSets } from './use-change-sets.ts';
import './editor.css';

export function HistoryPanel({ onError }: { readonly onError: (error: unknown) => void }) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const history = useChangeSets(null, 30, onError);
  return (
    <section className="side-panel history-panel" data-testid="history-panel" aria-label={s.history}>
      <h2>
        {s.history} <span className="muted">{s.total(history.total)}</span>
      </h2>
      {history.error && (
        <p className="form-error" role="alert" data-testid="history-error">
          {history.error}
        </p>
      )}
      <ChangeSetList items={history.items} onUndo={(id) => void history.undo(id)} />
    </section>
  );
}

/** The history of one entity (its relationships too), in its detail panel. */
export function EntityHistory({
  id,
  onError,
}: {
  readonly id: string;
  readonly onError: (error: unknown) => void;
}) {
  const { lang } = useLang();
  const s = EDITOR_STRINGS[lang];
  const history = useChangeSets(id, 10, onError);
  return (
    <section className="detail-section" data-testid="entity-history">
      <h3>
        {s.historyOf} <span className="muted">{s.total(history.total)}</span>
      </h3>
      {history.error && (
        <p className="form-error" role="alert">
          {history.error}
        </p>
      )}
      <ChangeSetList items={history.items} onUndo={(undo) => void history.undo(undo)} />
    </section>
  );
}
