// The dashboard's charts as ECharts options, built from the server's figures (needDashboard): pure functions,
// so they are tested without a browser. Each chart's figures are also given in words (summary).
import type { ChartOption } from './echarts-setup.ts';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Its own colour (a status's); the series colours otherwise. */
  readonly colour?: string;
}

export interface Series {
  readonly name: string;
  readonly values: readonly number[];
}

/** The palette of the page (styles/base.css), lifecycle statuses in order. */
export const STATUS_COLOURS = ['#dd6b20', '#2b6cb0', '#2f855a', '#b7791f', '#718096'] as const;
const SERIES_COLOURS = ['#2b6cb0', '#2f855a', '#c2417c', '#0f7c86', '#b7791f', '#6b46c1'];

const base = {
  animation: false,
  textStyle: { fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif" },
  // Drawn on the canvas: HTML tooltips would need inline styles (CSP).
  tooltip: { renderMode: 'richText', trigger: 'item' },
} as const;

/** `待对接 1；对接中 0`: the figures in words. */
export function summaryOf(bars: readonly Bar[]): string {
  return bars.map((bar) => `${bar.label} ${bar.value}`).join('；');
}

export function seriesSummary(categories: readonly string[], series: readonly Series[]): string {
  return categories
    .map(
      (category, index) =>
        `${category} ${series.map((each) => `${each.name}${each.values[index] ?? 0}`).join('/')}`,
    )
    .join('；');
}

/** Bars, one per category; horizontal when the labels are long (domains, enterprises). */
export function barOption(
  bars: readonly Bar[],
  options: { horizontal?: boolean; colours?: readonly string[] } = {},
): ChartOption {
  const categories = bars.map((bar) => bar.label);
  const valueAxis = { type: 'value', minInterval: 1 };
  const categoryAxis = {
    type: 'category',
    data: options.horizontal ? [...categories].reverse() : categories,
    axisLabel: { interval: 0 },
  };
  const data = bars.map((bar, index) => ({
    value: bar.value,
    itemStyle: { color: options.colours?.[index % options.colours.length] ?? SERIES_COLOURS[0] },
  }));
  return {
    ...base,
    grid: { left: options.horizontal ? 110 : 40, right: 24, top: 22, bottom: 28 },
    xAxis: options.horizontal ? valueAxis : categoryAxis,
    yAxis: options.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        data: options.horizontal ? [...data].reverse() : data,
        barMaxWidth: 28,
        label: { show: true, position: options.horizontal ? 'right' : 'top' },
      },
    ],
  };
}

/** A ring of shares (statuses, types); empty shares are left out of the ring (the summary keeps them). */
export function pieOption(bars: readonly Bar[]): ChartOption {
  return {
    ...base,
    legend: { bottom: 0, type: 'plain', itemWidth: 12, itemHeight: 8 },
    series: [
      {
        type: 'pie',
        radius: ['38%', '64%'],
        center: ['50%', '42%'],
        label: { formatter: '{b} {c}' },
        data: bars
          .map((bar, index) => ({ bar, colour: bar.colour ?? SERIES_COLOURS[index % SERIES_COLOURS.length] }))
          .filter(({ bar }) => bar.value > 0)
          .map(({ bar, colour }) => ({ name: bar.label, value: bar.value, itemStyle: { color: colour } })),
      },
    ],
  };
}

/** Periods along the bottom, one bar series each (raised, solved). */
export function periodOption(periods: readonly string[], series: readonly Series[]): ChartOption {
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 16, top: 28, bottom: 28 },
    xAxis: { type: 'category', data: [...periods] },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((each, index) => ({
      type: 'bar',
      name: each.name,
      data: [...each.values],
      barMaxWidth: 24,
      itemStyle: { color: SERIES_COLOURS[index % SERIES_COLOURS.length] },
    })),
  };
}
