// The dashboard shown when nothing is selected: entities per kind, the strongest brokers, the biggest clusters
// and the region's own statistics from the article. Clicking any of them focuses the map.
import { useEffect, useEffectEvent, useState } from 'react';
import { isNodeKind, type NodeKind } from '#model';
import { isAbort } from '../api/graphql-request.ts';
import { entity as fetchEntity, overview as fetchOverview } from '../api/queries.ts';
import type { Entity, Overview, Stats } from '../api/types.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName, nodeKindName, relKindName } from '../i18n/strings.ts';
import { formatNumber, formatStatistic } from './format-value.ts';
import { KindSwatch } from './KindSwatch.tsx';

export const DASHBOARD_LIMIT = 8;

export interface OverviewPanelProps {
  readonly stats: Stats | null;
  readonly regionId: string | null;
  readonly onFocus: (id: string) => void;
  readonly onSoloKind: (kind: NodeKind) => void;
  readonly onError: (error: unknown) => void;
}

export function OverviewPanel({ stats, regionId, onFocus, onSoloKind, onError }: OverviewPanelProps) {
  const { lang, t } = useLang();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [region, setRegion] = useState<Entity | null>(null);
  const reportError = useEffectEvent((error: unknown) => onError(error));

  useEffect(() => {
    const controller = new AbortController();
    fetchOverview({ limit: DASHBOARD_LIMIT, signal: controller.signal })
      .then(setOverview)
      .catch((error: unknown) => {
        if (!isAbort(error)) reportError(error);
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!regionId) return undefined;
    const controller = new AbortController();
    fetchEntity(regionId, { signal: controller.signal })
      .then(setRegion)
      .catch((error: unknown) => {
        if (!isAbort(error)) reportError(error);
      });
    return () => controller.abort();
  }, [regionId]);

  const maxCount = Math.max(1, ...(overview?.nodes.map((row) => row.count) ?? [1]));
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
          <ul className="dash-list">
            {overview.nodes.map((row) => (
              <li key={row.kind}>
                <button
                  type="button"
                  className="dash-row"
                  data-testid="dash-kind"
                  data-kind={row.kind}
                  onClick={() => isNodeKind(row.kind) && onSoloKind(row.kind)}
                >
                  <KindSwatch kind={row.kind} size={12} />
                  <span className="dash-name">{nodeKindName(row.kind, lang)}</span>
                  <span className="dash-bar" style={{ width: `${(60 * row.count) / maxCount}px` }} />
                  <span className="numeric">{formatNumber(row.count, lang)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {overview && overview.brokers.length > 0 && (
        <section className="detail-section">
          <h3>{t.dashboardBrokers}</h3>
          <ol className="dash-list">
            {overview.brokers.map((broker) => (
              <li key={broker.entity.id}>
                <button
                  type="button"
                  className="dash-row"
                  data-testid="dash-broker"
                  onClick={() => onFocus(broker.entity.id)}
                >
                  <KindSwatch kind={broker.entity.kind} size={12} />
                  <span className="dash-name">{displayName(broker.entity, lang)}</span>
                  <span className="numeric muted">{t.degree(broker.degree)}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      {overview && overview.clusters.length > 0 && (
        <section className="detail-section">
          <h3>
            {t.dashboardClusters}
            <span className="muted"> · {t.clusterCount(overview.clusterCount)}</span>
          </h3>
          <ol className="dash-list">
            {overview.clusters.map((cluster) => (
              <li key={cluster.label.id}>
                <button
                  type="button"
                  className="dash-row"
                  data-testid="dash-cluster"
                  onClick={() => onFocus(cluster.label.id)}
                >
                  <KindSwatch kind={cluster.label.kind} size={12} />
                  <span className="dash-name">{displayName(cluster.label, lang)}</span>
                  <span className="numeric muted">{t.clusterSize(cluster.size, cluster.edgeCount)}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}

      {region && region.stats.length > 0 && (
        <section className="detail-section">
          <h3>{t.regionStats(displayName(region, lang))}</h3>
          <ul className="dash-list">
            {region.stats.map((stat, index) => (
              <li key={`${stat.label}-${index}`}>
                <button
                  type="button"
                  className="dash-row dash-stat"
                  data-testid="dash-stat"
                  title={stat.source?.quote ?? undefined}
                  onClick={() => onFocus(region.id)}
                >
                  <span className="dash-name">{stat.label}</span>
                  <span className="numeric">{formatStatistic(stat.value, stat.unit, lang)}</span>
                </button>
              </li>
            ))}
          </ul>
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
