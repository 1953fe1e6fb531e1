// The side panel when nothing is selected: totals per kind of entity and relationship from `stats`.
import type { Stats } from '../api/types.ts';
import { useLang } from '../i18n/lang-context.ts';
import { nodeKindName, relKindName } from '../i18n/strings.ts';
import { formatNumber } from './format-value.ts';
import { KindSwatch } from './KindSwatch.tsx';

export function OverviewPanel({ stats }: { readonly stats: Stats | null }) {
  const { lang, t } = useLang();
  return (
    <article className="detail overview">
      <header className="detail-header">
        <h2 className="detail-name">{t.overviewTitle}</h2>
        {stats && (
          <p className="detail-meta">
            {t.overviewTotals(stats.nodeCount, stats.edgeCount)} · {t.overviewBackend(stats.backend)}
          </p>
        )}
      </header>
      <p className="muted">{t.overviewEmpty}</p>
      {stats && (
        <>
          <section className="detail-section">
            <h3>{t.overviewNodes}</h3>
            <table className="stats-table">
              <tbody>
                {stats.nodes.map((row) => (
                  <tr key={row.kind}>
                    <td>
                      <KindSwatch kind={row.kind} size={12} /> {nodeKindName(row.kind, lang)}
                    </td>
                    <td className="numeric">{formatNumber(row.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section className="detail-section">
            <h3>{t.overviewEdges}</h3>
            <table className="stats-table">
              <tbody>
                {stats.edges.map((row) => (
                  <tr key={row.kind}>
                    <td>{relKindName(row.kind, lang)}</td>
                    <td className="numeric">{formatNumber(row.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </article>
  );
}
