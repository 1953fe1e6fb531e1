// The dashboard's lists, each row a button that finds its subject on the map: entities per kind (with a bar),
// ranked entities (brokers, clusters) with a note, and a region's statistics.
import { isNodeKind, type NodeKind } from '#model';
import type { Entity, EntitySummary, Overview } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName, nodeKindName } from '../i18n/strings.ts';
import { formatNumber, formatStatistic } from './format-value.ts';
import { KindSwatch } from './KindSwatch.tsx';

export function KindRows({
  rows,
  onSoloKind,
}: {
  readonly rows: Overview['nodes'];
  readonly onSoloKind: (kind: NodeKind) => void;
}) {
  const { lang } = useLang();
  const maxCount = Math.max(1, ...rows.map((row) => row.count));
  return (
    <ul className="dash-list">
      {rows.map((row) => (
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
  );
}

export interface RankedEntity {
  readonly entity: EntitySummary;
  /** What it is ranked by, in words (e.g. 关联 12 条). */
  readonly note: string;
}

export function EntityRows({
  rows,
  testId,
  onFocus,
}: {
  readonly rows: readonly RankedEntity[];
  readonly testId: string;
  readonly onFocus: (id: string) => void;
}) {
  const { lang } = useLang();
  return (
    <ol className="dash-list">
      {rows.map(({ entity, note }) => (
        <li key={entity.id}>
          <button type="button" className="dash-row" data-testid={testId} onClick={() => onFocus(entity.id)}>
            <KindSwatch kind={entity.kind} size={12} />
            <span className="dash-name">{displayName(entity, lang)}</span>
            <span className="numeric muted">{note}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}

export function RegionStatRows({
  region,
  onFocus,
}: {
  readonly region: Entity;
  readonly onFocus: (id: string) => void;
}) {
  const { lang } = useLang();
  return (
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
  );
}
