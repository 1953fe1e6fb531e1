// Paths between two entities: pick both ends (search with pinyin, or the selected node), choose how many,
// see each path as a chain of names; choosing one shows it alone on the map, the rest fades.
import type { EntitySummary, PathsAnswer } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { DEFAULT_PATH_COUNT, PATH_COUNTS, PATH_MAX_LENGTH, type PathEnds } from '../view/view-state.ts';

export interface PathEnts {
  readonly from: EntitySummary | null;
  readonly to: EntitySummary | null;
}

export interface PathPanelProps {
  readonly path: PathEnds | null;
  /** The chosen ends (they may be chosen before a path is asked for). */
  readonly ends: PathEnts;
  readonly answer: PathsAnswer | null;
  readonly activePath: number | null;
  /** The selected node, offered as an end. */
  readonly selected: EntitySummary | null;
  readonly onEnds: (ends: PathEnts) => void;
  readonly onCount: (k: number) => void;
  readonly onClear: () => void;
  readonly onActivePath: (index: number | null) => void;
  readonly onError: (error: unknown) => void;
}

export function PathPanel(props: PathPanelProps) {
  const { path, ends, answer, activePath, selected, onEnds, onCount, onClear, onActivePath, onError } = props;
  const { lang, t } = useLang();
  const k = path?.k ?? DEFAULT_PATH_COUNT;
  const names = new Map<string, EntitySummary>(answer?.nodes.map((n) => [n.id, n]) ?? []);

  function choose(end: 'from' | 'to', entity: EntitySummary) {
    onEnds({ ...ends, [end]: entity });
  }

  const nameOf = (id: string) => {
    const entity = names.get(id);
    return entity ? displayName(entity, lang) : id;
  };

  function End({ end, label }: { readonly end: 'from' | 'to'; readonly label: string }) {
    const entity = ends[end];
    return (
      <div className="path-end">
        <span className="path-end-label">{label}</span>
        <span className="path-end-name" data-testid={`path-${end}-name`}>
          {entity ? displayName(entity, lang) : '—'}
        </span>
        <SearchBox
          testId={`path-${end}`}
          label={`${t.pathTitle} · ${label}`}
          placeholder={t.pathPick}
          onChoose={(hit) => choose(end, hit.entity)}
          onError={onError}
        />
        {selected && selected.id !== entity?.id && (
          <button type="button" className="link-button" onClick={() => choose(end, selected)}>
            {t.pathUseSelected}
          </button>
        )}
      </div>
    );
  }

  return (
    <section className="path-panel" data-testid="path-panel" aria-label={t.pathTitle}>
      <h2 className="panel-title">{t.pathTitle}</h2>
      <p className="muted small">{t.pathHint}</p>
      {End({ end: 'from', label: t.pathFrom })}
      {End({ end: 'to', label: t.pathTo })}
      <div className="path-actions">
        <label className="toolbar-field">
          <span>{t.pathCount}</span>
          <select
            data-testid="path-count"
            value={k}
            onChange={(event) => onCount(Number(event.target.value))}
          >
            {PATH_COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="tool"
          disabled={!ends.from && !ends.to}
          onClick={() => onEnds({ from: ends.to, to: ends.from })}
        >
          ⇄ {t.pathSwap}
        </button>
        <button
          type="button"
          className="tool"
          data-testid="path-clear"
          disabled={!path && !ends.from && !ends.to}
          onClick={onClear}
        >
          {t.pathClear}
        </button>
      </div>
      {path && !answer && <p className="muted">{t.pathSearching}</p>}
      {answer && answer.paths.length === 0 && (
        <p className="muted" data-testid="path-none">
          {t.pathNone(PATH_MAX_LENGTH)}
        </p>
      )}
      {answer && answer.paths.length > 0 && (
        <ol className="path-list" data-testid="path-list">
          {answer.paths.length > 1 && (
            <li>
              <button
                type="button"
                className={activePath === null ? 'path-item is-active' : 'path-item'}
                onClick={() => onActivePath(null)}
              >
                {t.pathAll}
              </button>
            </li>
          )}
          {answer.paths.map((p, index) => (
            <li key={p.edgeIds.join('|')}>
              <button
                type="button"
                className={activePath === index ? 'path-item is-active' : 'path-item'}
                data-testid="path-item"
                onClick={() => onActivePath(activePath === index ? null : index)}
              >
                <span className="path-length">{t.pathLength(p.length)}</span>
                <span className="path-chain">{p.nodeIds.map(nameOf).join(' → ')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
