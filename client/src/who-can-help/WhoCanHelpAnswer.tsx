// 谁能帮助's answer: the enterprise asked about, the fields the question was read as, and the ranked candidates,
// each with its score, one bar per signal and its evidence in words; a candidate is a button that shows its
// evidence on the map; a caller may add an action under each candidate (renderAction).
import type { ReactNode } from 'react';
import type { Recommendation, Recommendations } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { RecommendationReasons } from './RecommendationReasons.tsx';
import { scorePercent } from './who-can-help-view.ts';

export interface WhoCanHelpAnswerProps {
  readonly answer: Recommendations;
  readonly active: number | null;
  readonly onChoose: (index: number, item: Recommendation) => void;
  /** Something to do with a candidate, shown under it (recording a 对接 of a need). */
  readonly renderAction?: (item: Recommendation) => ReactNode;
}

export function WhoCanHelpAnswer({ answer, active, onChoose, renderAction }: WhoCanHelpAnswerProps) {
  const { lang, t } = useLang();
  return (
    <div className="help-answer">
      {answer.enterprise && (
        <p className="small" data-testid="help-for">
          {t.whoCanHelpForEnterprise(displayName(answer.enterprise, lang))}
        </p>
      )}
      {answer.fields.length > 0 ? (
        <p className="help-fields small" data-testid="help-fields">
          <span className="muted">{t.whoCanHelpFields}</span>
          {answer.fields.map((field) => (
            <span key={field.id} className="help-field">
              {displayName(field, lang)}
            </span>
          ))}
        </p>
      ) : (
        <p className="muted small" data-testid="help-fields">
          {t.whoCanHelpNoFields}
        </p>
      )}
      {answer.items.length === 0 ? (
        <p className="muted" data-testid="help-none">
          {t.whoCanHelpNone}
        </p>
      ) : (
        <>
          <p className="muted small">{t.whoCanHelpShowOnMap}</p>
          <ol className="help-list" data-testid="help-list">
            {answer.items.map((item, index) => (
              <li key={item.entity.id}>
                <Candidate
                  item={item}
                  rank={index + 1}
                  active={active === index}
                  onChoose={() => onChoose(index, item)}
                />
                {renderAction?.(item)}
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
          {t.whoCanHelpScore(percent)}
        </span>
      </span>
      <RecommendationReasons recommendation={item} evidenceTestId="help-evidence" />
    </button>
  );
}
