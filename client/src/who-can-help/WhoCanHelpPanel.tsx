// 谁能帮助 · Who could help: pick an enterprise (the selected one by default) and/or type a need, then see
// the fields it was read as and the ranked candidates (WhoCanHelpAnswer). Choosing a candidate draws its
// evidence on the map and highlights its paths. Asked about a need of the register (HelpRequest), each candidate
// can be recorded as a 对接 of it (register/EngagementAction.tsx).
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import type { EntitySummary, Recommendation } from '../api/answers.ts';
import type { EvidenceOverlay } from '../explore/compose-scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { EngagementAction } from '../register/EngagementAction.tsx';
import { REGISTER_STRINGS } from '../register/register-strings.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { useRecommendations } from './use-recommendations.ts';
import { WhoCanHelpAnswer } from './WhoCanHelpAnswer.tsx';
import { whoCanHelpQuery } from './who-can-help-view.ts';
import './who-can-help.css';

/**
 * A question asked from elsewhere (a need of the register): the panel opens with it asked, current partners
 * included, and each candidate can be recorded as a 对接 of that need in one click.
 */
export interface HelpRequest {
  readonly enterprise: EntitySummary | null;
  readonly need: string;
  readonly needId: string;
  readonly needName: string;
}

export interface WhoCanHelpPanelProps {
  /** The selected node: the enterprise asked about by default when it is one. */
  readonly selected: EntitySummary | null;
  /** Draws a candidate's evidence on the map (null: none). */
  readonly onEvidence: (evidence: EvidenceOverlay | null) => void;
  readonly onError: (error: unknown) => void;
  /** Asked on opening (mount the panel again, with a new key, for another request). */
  readonly request?: HelpRequest | null;
}

const ENTERPRISE_ONLY = ['Enterprise'] as const;

export function WhoCanHelpPanel({ selected, onEvidence, onError, request = null }: WhoCanHelpPanelProps) {
  const { lang, t } = useLang();
  // undefined: follow the selection; null: no enterprise; otherwise the one picked here.
  const [picked, setPicked] = useState<EntitySummary | null | undefined>(
    request ? request.enterprise : undefined,
  );
  const [need, setNeed] = useState(request?.need ?? '');
  const [includeExisting, setIncludeExisting] = useState(request !== null);
  const { answer, busy, active, ask, choose } = useRecommendations(onEvidence, onError);
  const askOnOpen = useEffectEvent(() => {
    const first =
      request &&
      whoCanHelpQuery({ enterprise: request.enterprise, need: request.need, includeExisting: true });
    if (first) ask(first);
  });
  useEffect(() => askOnOpen(), []);

  const selectedEnterprise = selected?.kind === 'Enterprise' ? selected : null;
  const enterprise = picked === undefined ? selectedEnterprise : picked;
  const query = whoCanHelpQuery({ enterprise, need, includeExisting });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (query) ask(query);
  }

  return (
    <section
      className="help-panel"
      data-testid="help-panel"
      aria-label={`${t.whoCanHelpTitle} · ${t.whoCanHelpTitleEn}`}
    >
      <h2 className="panel-title">
        {t.whoCanHelpTitle}
        <span className="help-title-en" lang="en">
          {' · '}
          {t.whoCanHelpTitleEn}
        </span>
      </h2>
      <p className="muted small">{t.whoCanHelpHint}</p>
      <form className="help-form" onSubmit={submit}>
        <div className="path-end">
          <span className="path-end-label">{t.whoCanHelpEnterprise}</span>
          <span className="path-end-name" data-testid="help-enterprise-name">
            {enterprise ? displayName(enterprise, lang) : '—'}
          </span>
          <SearchBox
            testId="help-enterprise"
            label={`${t.whoCanHelpTitle} · ${t.whoCanHelpEnterprise}`}
            placeholder={t.whoCanHelpPickEnterprise}
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
              {t.whoCanHelpClearEnterprise}
            </button>
          )}
        </div>
        <label className="help-need">
          <span className="path-end-label">{t.whoCanHelpNeed}</span>
          <input
            className="search-input"
            data-testid="help-need"
            type="text"
            maxLength={200}
            placeholder={t.whoCanHelpNeedPlaceholder}
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
            <span>{t.whoCanHelpIncludeExisting}</span>
          </label>
          <button type="submit" className="tool" data-testid="help-submit" disabled={!query || busy}>
            {t.whoCanHelpSubmit}
          </button>
        </div>
        {!query && <p className="muted small">{t.whoCanHelpAskSomething}</p>}
      </form>
      {busy && <p className="muted">{t.whoCanHelpSearching}</p>}
      {request && (
        <p className="small" data-testid="help-for-need">
          {REGISTER_STRINGS[lang].forNeed(request.needName)}
        </p>
      )}
      {answer && !busy && (
        <WhoCanHelpAnswer
          answer={answer}
          active={active}
          onChoose={choose}
          {...(request
            ? {
                renderAction: (item: Recommendation) => (
                  <EngagementAction need={request} candidate={item} onError={onError} />
                ),
              }
            : {})}
        />
      )}
    </section>
  );
}
