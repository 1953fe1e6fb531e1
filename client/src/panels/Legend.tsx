// The legend: one row per declared node kind with its swatch and zh/en names; clicking a row shows or hides that kind.
import { NODE_KINDS, NODE_KIND_SPECS, type NodeKind } from '#model';
import { useLang } from '../i18n/lang-context.ts';
import { KindSwatch } from './KindSwatch.tsx';

export interface LegendProps {
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  /** How many nodes of each kind are drawn now. */
  readonly counts: ReadonlyMap<string, number>;
  readonly onToggle: (kind: NodeKind) => void;
}

export function Legend({ hiddenKinds, counts, onToggle }: LegendProps) {
  const { lang, t } = useLang();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <section className="legend" data-testid="legend" aria-label={t.legendTitle}>
      <h2 className="legend-title">
        {t.legendTitle}
        <span className="legend-hint">{t.legendHint}</span>
      </h2>
      <ul className="legend-rows">
        {NODE_KINDS.map((kind) => {
          const hidden = hiddenKinds.has(kind);
          const count = counts.get(kind) ?? 0;
          return (
            <li key={kind}>
              <button
                type="button"
                className={hidden ? 'legend-row is-hidden' : 'legend-row'}
                aria-pressed={!hidden}
                data-kind={kind}
                title={NODE_KIND_SPECS[kind].description}
                onClick={() => onToggle(kind)}
              >
                <KindSwatch kind={kind} />
                <span className="legend-name">{NODE_KIND_SPECS[kind][lang]}</span>
                <span className="legend-name-other">{NODE_KIND_SPECS[kind][other]}</span>
                <span className="legend-count">{hidden ? t.hiddenKind : count > 0 ? count : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
