// ECharts with only the parts the dashboard uses (bar, pie and line charts; grid, tooltip, legend and title;
// the canvas renderer), so the bundle carries nothing else. Tooltips are drawn on the canvas (richText): the
// HTML ones would put inline styles in the page, which the server's Content-Security-Policy forbids.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
