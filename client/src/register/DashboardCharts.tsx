// The dashboard's figures: the key numbers and a chart each — needs by status, type, domain and enterprise,
// raised and solved per month and year, 对接 by activity, time from raised to solved. Shared by the
// dashboard tab and the printable 简报 (`only` picks charts for the one page).
import { useMemo } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import {
  barOption,
  periodOption,
  pieOption,
  seriesSummary,
  STATUS_COLOURS,
  summaryOf,
  type Bar,
} from './dashboard-charts.ts';
import { EChart } from './EChart.tsx';
import type { DashboardData } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel, type RegisterStrings } from './register-strings.ts';

export type ChartName =
  'status' | 'type' | 'domain' | 'enterprise' | 'month' | 'year' | 'engagement' | 'solveTime';

const ALL: readonly ChartName[] = [
  'status',
  'type',
  'domain',
  'enterprise',
  'month',
  'year',
  'engagement',
  'solveTime',
];
const TOP = 10;

export function Kpis({ figures }: { readonly figures: DashboardData }) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const kpis: Array<[string, string, string]> = [
    ['total', s.kpiTotal, String(figures.total)],
    ['open', s.kpiOpen, String(figures.open)],
    ['solved', s.kpiSolved, String(figures.solved)],
    ['engagements', s.kpiEngagements, String(figures.engagementCount)],
    ['solve-time', s.kpiSolveTime, s.days(figures.solveTime.averageDays)],
  ];
  return (
    <dl className="kpis">
      {kpis.map(([key, label, value]) => (
        <div key={key} className="kpi">
          <dt>{label}</dt>
          <dd data-testid={`kpi-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface ChartSpec {
  readonly name: ChartName;
  readonly title: string;
  readonly bars?: readonly Bar[];
  readonly option: ReturnType<typeof barOption>;
  readonly summary: string;
}

function chartSpecs(figures: DashboardData, s: RegisterStrings, lang: 'zh' | 'en'): ChartSpec[] {
  const status = figures.byStatus.map((t, index) => ({
    label: statusLabel(t.label, lang),
    value: t.count,
    ...(STATUS_COLOURS[index] ? { colour: STATUS_COLOURS[index] } : {}),
  }));
  const type = figures.byType.map((t) => ({ label: t.label, value: t.count }));
  const domain = figures.byDomain
    .slice(0, TOP)
    .map((t) => ({ label: t.id ? t.name : s.noDomain, value: t.count }));
  const enterprise = figures.byEnterprise.slice(0, TOP).map((t) => ({ label: t.name, value: t.count }));
  const engagement = figures.engagementsByType.map((t) => ({ label: t.label, value: t.count }));
  const solveTime = figures.solveTime.buckets.map((t) => ({ label: t.label, value: t.count }));
  const period = (rows: DashboardData['perMonth']) => {
    const periods = rows.map((row) => row.period);
    const series = [
      { name: s.raised, values: rows.map((row) => row.raised) },
      { name: s.solved, values: rows.map((row) => row.solved) },
    ];
    return { option: periodOption(periods, series), summary: seriesSummary(periods, series) };
  };
  return [
    {
      name: 'status',
      title: s.chartStatus,
      option: pieOption(status),
      summary: summaryOf(status),
    },
    { name: 'type', title: s.chartType, option: barOption(type), summary: summaryOf(type) },
    {
      name: 'domain',
      title: s.chartDomain,
      option: barOption(domain, { horizontal: true }),
      summary: summaryOf(domain),
    },
    {
      name: 'enterprise',
      title: s.chartEnterprise,
      option: barOption(enterprise, { horizontal: true }),
      summary: summaryOf(enterprise),
    },
    { name: 'month', title: s.chartMonth, ...period(figures.perMonth) },
    { name: 'year', title: s.chartYear, ...period(figures.perYear) },
    {
      name: 'engagement',
      title: s.chartEngagement,
      option: barOption(engagement),
      summary: summaryOf(engagement),
    },
    {
      name: 'solveTime',
      title: s.chartSolveTime,
      option: barOption(solveTime),
      summary: summaryOf(solveTime),
    },
  ];
}

export interface DashboardChartsProps {
  readonly figures: DashboardData;
  readonly only?: readonly ChartName[];
}

export function DashboardCharts({ figures, only = ALL }: DashboardChartsProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const specs = useMemo(() => chartSpecs(figures, s, lang), [figures, s, lang]);
  return (
    <div className="charts">
      {specs
        .filter((spec) => only.includes(spec.name))
        .map((spec) => (
          <EChart
            key={spec.name}
            option={spec.option}
            title={spec.title}
            summary={spec.summary}
            testId={`chart-${spec.name}`}
          />
        ))}
    </div>
  );
}

/** Every figure as rows of a table (指标, 类别, 数量, 未解决), for the export. */
export function figureRows(figures: DashboardData, s: RegisterStrings): string[][] {
  const rows: string[][] = [];
  for (const t of figures.byStatus) rows.push([s.chartStatus, t.label, String(t.count), '']);
  for (const t of figures.byType) rows.push([s.chartType, t.label, String(t.count), '']);
  for (const t of figures.byDomain)
    rows.push([s.chartDomain, t.id ? t.name : s.noDomain, String(t.count), String(t.open)]);
  for (const t of figures.byEnterprise)
    rows.push([s.chartEnterprise, t.name, String(t.count), String(t.open)]);
  for (const p of figures.perMonth) rows.push([s.chartMonth, p.period, `${p.raised}`, '', `${p.solved}`]);
  for (const p of figures.perYear) rows.push([s.chartYear, p.period, `${p.raised}`, '', `${p.solved}`]);
  for (const t of figures.engagementsByType) rows.push([s.chartEngagement, t.label, String(t.count), '']);
  for (const t of figures.solveTime.buckets) rows.push([s.chartSolveTime, t.label, String(t.count), '']);
  return rows;
}
