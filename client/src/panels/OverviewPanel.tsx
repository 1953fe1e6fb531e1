// The dashboard shown when nothing is selected: entities per kind, the strongest brokers, the biggest clusters
// and the region's own statistics from the article. Clicking any of them focuses the map.
import type { NodeKind } from '#model';
import type { Stats } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName, relKindName } from '../i18n/strings.ts';
import { EntityRows, KindRows, RegionStatRows } from './DashboardRows.tsx';
import { formatNumber } from './format-value.ts';
import { useOverview } from './use-overview.ts';

export interface OverviewPanelProps {
  readonly stats: Stats | null;
  readonly regionId: string | null;
  readonly onFocus: (id: string) => void;
  readonly onSoloKind: (kind: NodeKind) => void;
  readonly onError: (error: unknown) => void;
}

export function OverviewPanel({ stats, regionId, onFocus, onSoloKind, onError }: OverviewPanelProps) {
  const { lang, t } = useLang();
  const { overview, region } = useOverview(regionId, onError);
  return (
    <article className="detail overview" data-testid="dashboard">
      <header className="detail-header">
        <h2 className="detail-name">{t.overviewTitle}</h2>
        {stats && (
          <p className="detail-meta">
            {t.overviewTotals(stats.nodeCount, stats.edgeCount)} · {t.overviewBackend(stats.backend)}
          </p>
        )}
      </header>
      <p className="muted small">{t.dashboardHint}</p>

      {overview && (
        <section className="detail-section">
          <h3>{t.dashboardKinds}</h3>
          <KindRows rows={overview.nodes} onSoloKind={onSoloKind} />
        </section>
      )}

      {overview && overview.brokers.length > 0 && (
        <section className="detail-section">
          <h3>{t.dashboardBrokers}</h3>
          <EntityRows
            testId="dash-broker"
            rows={overview.brokers.map((broker) => ({
              entity: broker.entity,
              note: t.degree(broker.degree),
            }))}
            onFocus={onFocus}
          />
        </section>
      )}

      {overview && overview.clusters.length > 0 && (
        <section className="detail-section">
          <h3>
            {t.dashboardClusters}
            <span className="muted"> · {t.clusterCount(overview.clusterCount)}</span>
          </h3>
          <EntityRows
            testId="dash-cluster"
            rows={overview.clusters.map((cluster) => ({
              entity: cluster.label,
              note: t.clusterSize(cluster.size, cluster.edgeCount),
            }))}
            onFocus={onFocus}
          />
        </section>
      )}

      {region && region.stats.length > 0 && (
        <section className="detail-section">
          <h3>{t.regionStats(displayName(region, lang))}</h3>
          <RegionStatRows region={region} onFocus={onFocus} />
        </section>
      )}

      {stats && (
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
      )}
    </article>
  );
}
