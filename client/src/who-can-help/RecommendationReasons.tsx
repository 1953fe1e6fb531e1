// Why a candidate is recommended: one bar per signal with the points it adds, and each evidence path in
// words. Shared by 谁能帮助's answer and the opportunities' suggestion cards.
import type { Recommendation } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { signalBars, signalLabel } from './who-can-help-view.ts';

export function RecommendationReasons({
  recommendation,
  evidenceTestId,
}: {
  readonly recommendation: Pick<Recommendation, 'contributions' | 'evidence'>;
  readonly evidenceTestId: string;
}) {
  const { lang, t } = useLang();
  return (
    <>
      <span className="help-bars">
        {signalBars(recommendation.contributions, lang).map((bar) => (
          <span key={bar.signal} className="help-bar-row" data-signal={bar.signal}>
            <span className="help-bar-label">{bar.label}</span>
            <span className="help-bar" aria-hidden="true">
              <span className="help-bar-fill" style={{ width: `${Math.round(bar.fill * 100)}%` }} />
            </span>
            <span className="help-bar-points">{t.whoCanHelpPoints(bar.points)}</span>
          </span>
        ))}
      </span>
      {recommendation.evidence.length > 0 && (
        <span className="help-evidence">
          <span className="help-evidence-title">{t.whoCanHelpEvidence}</span>
          {recommendation.evidence.map((path, index) => (
            <span key={`${path.signal}-${index}`} className="help-evidence-path" data-testid={evidenceTestId}>
              <span className="help-evidence-signal">{signalLabel(path.signal, path.label, lang)}</span>
              <span>{path.text}</span>
            </span>
          ))}
        </span>
      )}
    </>
  );
}
