/**
 * One ECharts canvas for every chart of the app, imported module by module (line, bar, heatmap,
 * and custom series for the survey analysis' error bars) and loaded lazily by callers so the
 * chart code stays out of the first paint.
 * The chart follows its container's width and reports clicks on a data item.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, CustomChart, HeatmapChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export interface ChartClick {
  seriesId: string | undefined;
  dataIndex: number;
}

interface Props {
  option: echarts.EChartsCoreOption;
  height: number;
  onClick?: (click: ChartClick) => void;
  testId?: string;
}

export function EChart({ option, height, onClick, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => { clickRef.current = onClick; }, [onClick]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const p = params as { seriesId?: string; dataIndex?: number };
      clickRef.current?.({ seriesId: p.seriesId, dataIndex: p.dataIndex ?? 0 });
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} data-testid={testId} />;
}
