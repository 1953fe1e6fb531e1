// One suggested partnership: the enterprise and the partner suggested for it, its score (a calibrated
// probability, explained), one bar per signal and the evidence in words.
import type { ReactNode } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { RecommendationReasons } from '../who-can-help/RecommendationReasons.tsx';
import { scorePercent } from '../who-can-help/who-can-help-view.ts';
import type { Suggestion } from './opportunities-api.ts';
import { OPPORTUNITIES_STRINGS } from './opportunities-strings.ts';

export function SuggestionCard({
  item,
  children,
}: {
  readonly item: Suggestion;
  readonly children?: ReactNode;
}) {
  const { lang } = useLang();
  const s = OPPORTUNITIES_STRINGS[lang];
  const { enterprise, recommendation } = item;
  return (
    <article
      className="suggestion-card"
      data-testid="suggestion-card"
      data-entity-id={recommendation.entity.id}
    >
      <p className="suggestion-head">
        <KindBadge kind={recommendation.entity.kind} />
        <strong data-testid="suggestion-pair">
          {s.suggestionFor(displayName(enterprise, lang), displayName(recommendation.entity, lang))}
        </strong>
      </p>
      <p className="suggestion-score" data-testid="suggestion-score" title={s.scoreMeaning}>
        {s.score(scorePercent(recommendation.score))}
      </p>
      <p className="muted small">{s.scoreMeaning}</p>
      <RecommendationReasons recommendation={recommendation} evidenceTestId="suggestion-evidence" />
      {children}
    </article>
  );
}
