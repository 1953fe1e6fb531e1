// 机会 · Opportunities, beside the map while the layer is on: what the dashed edges are, the ranking model in use
// (default or fitted on this graph, with its validation figures; an editor may refit it), the suggestion
// chosen on the map, and the region's 对接 shortlist — the strongest enterprise–institution pairs that do not
// exist yet — whose rows show their evidence on the map, exported as XLSX or CSV.
import { useState } from 'react';
import type { EvidenceOverlay } from '../explore/compose-scene.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { exportHref } from '../register/download-file.ts';
import { useRemote } from '../register/use-remote.ts';
import { scorePercent } from '../who-can-help/who-can-help-view.ts';
import { fitRankingModel, opportunities, rankingModel, type RankingModelInfo } from './opportunities-api.ts';
import { OPPORTUNITIES_STRINGS } from './opportunities-strings.ts';
import './opportunities.css';
import { SuggestionCard } from './SuggestionCard.tsx';
import { suggestionHighlight } from './suggestion-layer.ts';
import type { OpportunityLayer } from './use-opportunity-layer.ts';

/** Pairs in the shortlist. */
export const SHORTLIST_LIMIT = 30;

export interface OpportunitiesPanelProps {
  readonly layer: OpportunityLayer;
  readonly regionId: string | null;
  readonly regionName: string;
  readonly onEvidence: (evidence: EvidenceOverlay | null) => void;
  readonly onError: (error: unknown) => void;
}

export function OpportunitiesPanel({
  layer,
  regionId,
  regionName,
  onEvidence,
  onError,
}: OpportunitiesPanelProps) {
  const { lang } = useLang();
  const s = OPPORTUNITIES_STRINGS[lang];
  const shortlist = useRemote(
    regionId,
    (signal) => opportunities(regionId ?? '', SHORTLIST_LIMIT, { signal }),
    onError,
  );
  const [active, setActive] = useState<number | null>(null);

  function choose(index: number) {
    const item = shortlist.value?.items[index];
    if (!item || !shortlist.value || active === index) {
      setActive(null);
      onEvidence(null);
      return;
    }
    setActive(index);
    onEvidence({ graph: shortlist.value.evidence, paths: suggestionHighlight(item) });
  }

  return (
    <section className="opportunities-panel" data-testid="opportunities-panel" aria-label={s.title}>
      <h2 className="panel-title">{s.title}</h2>
      <p className="muted small">{s.hint}</p>
      <ModelLine onError={onError} />
      {layer.busy && <p className="muted small">{s.loading}</p>}
      {!layer.busy && layer.layer?.edges.length === 0 && <p className="muted small">{s.none}</p>}
      {layer.chosen && <SuggestionCard item={layer.chosen} />}
      <h3 className="opportunities-subtitle">{s.shortlistTitle(regionName)}</h3>
      {regionId && (
        <p className="opportunities-exports">
          <a
            className="button button-quiet"
            href={exportHref('opportunities', 'xlsx', { region: regionId, limit: String(SHORTLIST_LIMIT) })}
            download
          >
            {s.exportXlsx}
          </a>
          <a
            className="button button-quiet"
            href={exportHref('opportunities', 'csv', { region: regionId, limit: String(SHORTLIST_LIMIT) })}
            download
          >
            {s.exportCsv}
          </a>
        </p>
      )}
      <p className="muted small">{s.shortlistHint}</p>
      {shortlist.value?.items.length === 0 && <p className="muted">{s.shortlistEmpty}</p>}
      <ol className="shortlist" data-testid="shortlist">
        {shortlist.value?.items.map((item, index) => (
          <li key={`${item.enterprise.id}|${item.recommendation.entity.id}`}>
            <button
              type="button"
              className={active === index ? 'shortlist-row is-active' : 'shortlist-row'}
              data-testid="shortlist-row"
              aria-pressed={active === index}
              onClick={() => choose(index)}
            >
              <span className="shortlist-pair">
                {s.suggestionFor(
                  displayName(item.enterprise, lang),
                  displayName(item.recommendation.entity, lang),
                )}
              </span>
              <span className="help-score">{s.score(scorePercent(item.recommendation.score))}</span>
            </button>
            {active === index && <SuggestionCard item={item} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ModelLine({ onError }: { readonly onError: (error: unknown) => void }) {
  const { lang } = useLang();
  const s = OPPORTUNITIES_STRINGS[lang];
  const { editor, dataVersion } = useEditor();
  const [refit, setRefit] = useState<RankingModelInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const model = useRemote('model', (signal) => rankingModel({ signal }), onError);
  const shown = refit ?? model.value;
  if (!shown) return null;
  async function fit() {
    setBusy(true);
    try {
      setRefit(await fitRankingModel());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <p className="small opportunities-model" data-testid="ranking-model" data-version={dataVersion}>
      {shown.origin === 'fitted' ? s.modelFitted((shown.fittedAt ?? '').slice(0, 10)) : s.modelDefault}
      {shown.fitted && shown.defaults && (
        <span className="muted">
          {' '}
          · {s.modelFigures(shown.fitted.mrr.toFixed(3), shown.defaults.mrr.toFixed(3))}
        </span>
      )}
      {editor && (
        <button type="button" className="link-button" disabled={busy} onClick={() => void fit()}>
          {busy ? s.refitting : s.refit}
        </button>
      )}
    </p>
  );
}
