// One chart: an ECharts instance on a <div> sized by CSS, given a new option whenever the figures change,
// resized with its box and disposed with the component. The figures it shows are also in `data-summary`
// (and its accessible name), so a reader without the picture, and a test, can read them.
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts-setup.ts';

export interface EChartProps {
  readonly option: ChartOption;
  readonly title: string;
  /** The figures in words, e.g. `待对接 1；对接中 0`. */
  readonly summary: string;
  readonly testId: string;
  readonly className?: string;
}

export function EChart({ option, title, summary, testId, className }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure
      className={className ? `chart ${className}` : 'chart'}
      data-testid={testId}
      data-summary={summary}
    >
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-canvas" role="img" aria-label={`${title}：${summary}`} />
    </figure>
  );
}
