import { describe, expect, it } from 'vitest';
import { barOption, periodOption, pieOption, seriesSummary, summaryOf } from './dashboard-charts.ts';

type Series = Array<{ data: Array<{ name?: string; value: number; itemStyle?: { color: string } }> }>;

describe('the dashboard’s charts', () => {
  it('say their figures in words', () => {
    expect(
      summaryOf([
        { label: '待对接', value: 1 },
        { label: '对接中', value: 0 },
      ]),
    ).toBe('待对接 1；对接中 0');
    expect(
      seriesSummary(
        ['2024-03', '2024-06'],
        [
          { name: '提出', values: [1, 0] },
          { name: '解决', values: [0, 1] },
        ],
      ),
    ).toBe('2024-03 提出1/解决0；2024-06 提出0/解决1');
  });

  it('leave empty shares out of the ring, each status keeping its own colour', () => {
    const option = pieOption([
      { label: '待对接', value: 0, colour: '#111111' },
      { label: '已解决', value: 2, colour: '#222222' },
    ]);
    const [ring] = option.series as Series;
    expect(ring?.data).toEqual([{ name: '已解决', value: 2, itemStyle: { color: '#222222' } }]);
  });

  it('draw tooltips on the canvas, never as HTML with inline styles (the server’s CSP)', () => {
    for (const option of [pieOption([]), barOption([]), periodOption([], [])])
      expect((option.tooltip as { renderMode: string }).renderMode).toBe('richText');
  });

  it('list long labels top to bottom in the order given when horizontal', () => {
    const option = barOption(
      [
        { label: '医药中间体', value: 3 },
        { label: '针状焦', value: 1 },
      ],
      { horizontal: true },
    );
    // ECharts draws a category axis bottom-up: the first bar is given last.
    expect((option.yAxis as { data: string[] }).data).toEqual(['针状焦', '医药中间体']);
    expect((option.series as Series)[0]?.data.map((d) => d.value)).toEqual([1, 3]);
  });
});
