// 谁能帮助 · Who could help: pick an enterprise (the selected one by default) and/or type a need, then see
// the fields it was read as and the ranked candidates, each with its score, one bar per signal and the
// evidence in words. Choosing a candidate draws the evidence on the map and highlights its paths.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { recommendPartners } from '../api/queries.ts';
import type { EntitySummary, Recommendation, Recommendations } from '../api/types.ts';
import type { EvidenceOverlay } from '../explore/use-explorer.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { evidenceHighlight, helpQuery, scorePercent, signalBars, signalLabel } from './help-view.ts';
import './help.css';

export interface HelpPanelProps {
  /** The selected node: the enterprise asked about by default when it is one. */
  readonly selected: EntitySummary | null;
  /** Draws a candidate's evidence on the map (null: none). */
  readonly onEvidence: (evidence: EvidenceOverlay | null) => void;
  readonly onError: (error: unknown) => void;
}

const ENTERPRISE_ONLY = ['Enterprise'] as const;

export function HelpPanel({ selected, onEvidence, onError }: HelpPanelProps) {
  const { lang, t } = useLang();
  // undefined: follow the selection; null: no enterprise; otherwise the one picked here.
  const [picked, setPicked] = useState<EntitySummary | null | undefined>(undefined);
  const [need, setNeed] = useState('');
  const [includeExisting, setIncludeExisting] = useState(false);
  const [answer, setAnswer] = useState<Recommendations | null>(null);
  const [busy, setBusy] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const inflight = useRef<AbortController | null>(null);

  const selectedEnterprise = selected?.kind === 'Enterprise' ? selected : null;
  const enterprise = picked === undefined ? selectedEnterprise : picked;
  const query = helpQuery({ enterprise, need, includeExisting });

  // Closing the panel takes its evidence off the map and stops a question still on its way.
  useEffect(
    () => () => {
      inflight.current?.abort();
      onEvidence(null);
    },
    [onEvidence],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!query) return;
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    setBusy(true);
    setActive(null);
    onEvidence(null);
    recommendPartners(query, { signal: controller.signal })
      .then(setAnswer)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) onError(error);
      })
      .finally(() => {
        if (inflight.current === controller) {
          inflight.current = null;
          setBusy(false);
        }
      });
  }

  function choose(index: number, item: Recommendation) {
    if (!answer || active === index) {
      setActive(null);
      onEvidence(null);
      return;
    }
    setActive(index);
    onEvidence({ graph: answer.evidence, paths: evidenceHighlight(item) });
  }

  return (
    <section className="help-panel" data-testid="help-panel" aria-label={`${t.helpTitle} · ${t.helpTitleEn}`}>
      <h2 className="panel-title">
        {t.helpTitle}
        <span className="help-title-en" lang="en">
          {' · '}
          {t.helpTitleEn}
        </span>
      </h2>
      <p className="muted small">{t.helpHint}</p>
      <form className="help-form" onSubmit={submit}>
        <div className="path-end">
          <span className="path-end-label">{t.helpEnterprise}</span>
          <span className="path-end-name" data-testid="help-enterprise-name">
            {enterprise ? displayName(enterprise, lang) : '—'}
          </span>
          <SearchBox
            testId="help-enterprise"
            label={`${t.helpTitle} · ${t.helpEnterprise}`}
            placeholder={t.helpPickEnterprise}
            kinds={ENTERPRISE_ONLY}
            onChoose={(hit) => setPicked(hit.entity)}
            onError={onError}
          />
          {selectedEnterprise && selectedEnterprise.id !== enterprise?.id && (
            <button type="button" className="link-button" onClick={() => setPicked(selectedEnterprise)}>
              {t.pathUseSelected}
            </button>
          )}
          {enterprise && (
            <button type="button" className="link-button" onClick={() => setPicked(null)}>
              {t.helpClearEnterprise}
            </button>
          )}
        </div>
        <label className="help-need">
          <span className="path-end-label">{t.helpNeed}</span>
          <input
            className="search-input"
            data-testid="help-need"
            type="text"
            maxLength={200}
            placeholder={t.helpNeedPlaceholder}
            value={need}
            onChange={(event) => setNeed(event.target.value)}
          />
        </label>
        <div className="path-actions">
          <label className="help-existing">
            <input
              type="checkbox"
              data-testid="help-include-existing"
              checked={includeExisting}
              onChange={(event) => setIncludeExisting(event.target.checked)}
            />
            <span>{t.helpIncludeExisting}</span>
          </label>
          <button type="submit" className="tool" data-testid="help-submit" disabled={!query || busy}>
            {t.helpSubmit}
          </button>
        </div>
        {!query && <p className="muted small">{t.helpAskSomething}</p>}
      </form>
      {busy && <p className="muted">{t.helpSearching}</p>}
      {answer && !busy && <Answer answer={answer} active={active} onChoose={choose} />}
    </section>
  );
}

interface AnswerProps {
  readonly answer: Recommendations;
  readonly active: number | null;
  readonly onChoose: (index: number, item: Recommendation) => void;
}

function Answer({ answer, active, onChoose }: AnswerProps) {
  const { lang, t } = useLang();
  return (
    <div className="help-answer">
      {answer.enterprise && (
        <p className="small" data-testid="help-for">
          {t.helpForEnterprise(displayName(answer.enterprise, lang))}
        </p>
      )}
      {answer.fields.length > 0 ? (
        <p className="help-fields small" data-testid="help-fields">
          <span className="muted">{t.helpFields}</span>
          {answer.fields.map((field) => (
            <span key={field.id} className="help-field">
              {displayName(field, lang)}
            </span>
          ))}
        </p>
      ) : (
        <p className="muted small" data-testid="help-fields">
          {t.helpNoFields}
        </p>
      )}
      {answer.items.length === 0 ? (
        <p className="muted" data-testid="help-none">
          {t.helpNone}
        </p>
      ) : (
        <>
          <p className="muted small">{t.helpShowOnMap}</p>
          <ol className="help-list" data-testid="help-list">
            {answer.items.map((item, index) => (
              <li key={item.entity.id}>
                <Candidate
                  item={item}
                  rank={index + 1}
                  active={active === index}
                  onChoose={() => onChoose(index, item)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

interface CandidateProps {
  readonly item: Recommendation;
  readonly rank: number;
  readonly active: boolean;
  readonly onChoose: () => void;
}

function Candidate({ item, rank, active, onChoose }: CandidateProps) {
  const { lang, t } = useLang();
  const percent = scorePercent(item.score);
  return (
    <button
      type="button"
      className={active ? 'help-item is-active' : 'help-item'}
      data-testid="help-item"
      data-entity-id={item.entity.id}
      aria-pressed={active}
      onClick={onChoose}
    >
      <span className="help-item-head">
        <span className="help-rank">{rank}</span>
        <KindBadge kind={item.entity.kind} />
        <span className="help-name" data-testid="help-item-name">
          {displayName(item.entity, lang)}
        </span>
        <span className="help-score" data-testid="help-item-score">
          {t.helpScore(percent)}
        </span>
      </span>
      <span className="help-bars">
        {signalBars(item.contributions, lang).map((bar) => (
          <span key={bar.signal} className="help-bar-row" data-signal={bar.signal}>
            <span className="help-bar-label">{bar.label}</span>
            <span className="help-bar" aria-hidden="true">
              <span className="help-bar-fill" style={{ width: `${Math.round(bar.fill * 100)}%` }} />
            </span>
            <span className="help-bar-points">{t.helpPoints(bar.points)}</span>
          </span>
        ))}
      </span>
      {item.evidence.length > 0 && (
        <span className="help-evidence">
          <span className="help-evidence-title">{t.helpEvidence}</span>
          {item.evidence.map((path, index) => (
            <span key={`${path.signal}-${index}`} className="help-evidence-path" data-testid="help-evidence">
              <span className="help-evidence-signal">{signalLabel(path.signal, path.label, lang)}</span>
              <span>{path.text}</span>
            </span>
          ))}
        </span>
      )}
    </button>
  );
}
