/**
 * The register's dashboard for a region (or everywhere): needs by status (every status of the lifecycle,
 * in its order), by type, by domain and by enterprise; raised and solved per month and per year; 对接 by
 * activity type; days from raised to solved. Each figure is one query computed in the store
 * (register-queries.ts); here they are only put in order and labelled.
 */
import {
  ENGAGEMENT_TYPES,
  NEED_LIFECYCLE,
  NEED_STATUSES,
  NEED_TYPES,
  SOLVED_STATUS,
  isNeedStatus,
} from '#model';
import {
  SOLVE_TIME_BOUNDS,
  type EntityTallyRow,
  type GraphStore,
  type PeriodRow,
  type RegisterScope,
  type TallyRow,
} from '../store/index.ts';

export interface Tally {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface EntityTally {
  readonly id: string | null;
  readonly name: string;
  readonly count: number;
  readonly open: number;
}

export interface PeriodTally {
  readonly period: string;
  readonly raised: number;
  readonly solved: number;
}

export interface SolveTime {
  /** Solved needs with both dates. */
  readonly count: number;
  readonly averageDays: number | null;
  readonly minDays: number | null;
  readonly maxDays: number | null;
  readonly buckets: readonly Tally[];
}

export interface NeedDashboard {
  readonly total: number;
  readonly open: number;
  readonly solved: number;
  readonly byStatus: readonly Tally[];
  readonly byType: readonly Tally[];
  readonly byDomain: readonly EntityTally[];
  readonly byEnterprise: readonly EntityTally[];
  readonly perMonth: readonly PeriodTally[];
  readonly perYear: readonly PeriodTally[];
  readonly engagementsByType: readonly Tally[];
  readonly engagementCount: number;
  readonly solveTime: SolveTime;
}

export const UNRECORDED = { zh: '未填', en: 'not recorded' } as const;
const collator = new Intl.Collator('zh-CN');

/** The declared values in their order (zero counts included), then any others, then none recorded. */
function tallies(rows: readonly TallyRow[], declared: readonly string[]): Tally[] {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row.key, (counts.get(row.key) ?? 0) + row.count);
  const others = [...counts.keys()].filter((key): key is string => key !== null && !declared.includes(key));
  const out: Tally[] = [...declared, ...others.sort(collator.compare)].map((key) => ({
    key,
    label: key,
    count: counts.get(key) ?? 0,
  }));
  const none = counts.get(null) ?? 0;
  return none > 0 ? [...out, { key: '', label: UNRECORDED.zh, count: none }] : out;
}

function entityTallies(rows: readonly EntityTallyRow[]): EntityTally[] {
  return rows
    .map((row) => ({ id: row.id, name: row.name ?? UNRECORDED.zh, count: row.count, open: row.open }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
}

function periods(rows: readonly PeriodRow[]): PeriodTally[] {
  const byPeriod = new Map<string, { raised: number; solved: number }>();
  for (const row of rows) {
    const entry = byPeriod.get(row.period) ?? { raised: 0, solved: 0 };
    entry[row.series] += row.count;
    byPeriod.set(row.period, entry);
  }
  return [...byPeriod]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, counts]) => ({ period, ...counts }));
}

/** ≤30天, 31–90天, …, >365天. */
export function bucketLabels(bounds: readonly number[] = SOLVE_TIME_BOUNDS): string[] {
  return [
    ...bounds.map((bound, index) =>
      index === 0 ? `≤${bound}天` : `${(bounds[index - 1] ?? 0) + 1}–${bound}天`,
    ),
    `>${bounds[bounds.length - 1] ?? 0}天`,
  ];
}

export async function needDashboard(store: GraphStore, scope: RegisterScope): Promise<NeedDashboard> {
  const [status, type, domain, enterprise, month, year, engagement, times] = await Promise.all([
    store.registerFigure('needs-by-status', scope),
    store.registerFigure('needs-by-type', scope),
    store.registerFigure('needs-by-domain', scope),
    store.registerFigure('needs-by-enterprise', scope),
    store.registerFigure('needs-by-month', scope),
    store.registerFigure('needs-by-year', scope),
    store.registerFigure('engagements-by-type', scope),
    store.registerFigure('solve-times', scope),
  ]);
  const byStatus = tallies(status, NEED_STATUSES);
  const sum = (list: ReadonlyArray<{ count: number }>) => list.reduce((total, item) => total + item.count, 0);
  const isOpen = (key: string) => isNeedStatus(key) && NEED_LIFECYCLE[key].open;
  const solvedCount = sum(times);
  const labels = bucketLabels();
  return {
    total: sum(byStatus),
    open: sum(byStatus.filter((tally) => isOpen(tally.key))),
    solved: byStatus.find((tally) => tally.key === SOLVED_STATUS)?.count ?? 0,
    byStatus,
    byType: tallies(type, NEED_TYPES),
    byDomain: entityTallies(domain),
    byEnterprise: entityTallies(enterprise),
    perMonth: periods(month),
    perYear: periods(year),
    engagementsByType: tallies(engagement, ENGAGEMENT_TYPES),
    engagementCount: sum(engagement),
    solveTime: {
      count: solvedCount,
      averageDays:
        solvedCount > 0
          ? Math.round((times.reduce((total, row) => total + row.totalDays, 0) / solvedCount) * 10) / 10
          : null,
      minDays: solvedCount > 0 ? Math.min(...times.map((row) => row.minDays)) : null,
      maxDays: solvedCount > 0 ? Math.max(...times.map((row) => row.maxDays)) : null,
      buckets: labels.map((label, bucket) => ({
        key: String(bucket),
        label,
        count: times.find((row) => row.bucket === bucket)?.count ?? 0,
      })),
    },
  };
}
