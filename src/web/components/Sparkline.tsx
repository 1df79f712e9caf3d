/**
 * A tiny step line (ECharts, imported module by module so only the line chart ships).
 * Loaded lazily by callers so the chart code stays out of the first paint.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, SVGRenderer]);

export interface SparklinePoint {
  label: string;
  value: number;
}

interface Props {
  points: SparklinePoint[];
  width?: number;
  height?: number;
  color?: string;
  formatValue?: (value: number) => string;
}

export function Sparkline({ points, width = 120, height = 32, color = '#1c6d9d', formatValue }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg', width, height });
    chart.setOption({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: points.map((p) => p.label), boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: {
        trigger: 'axis', confine: true, axisPointer: { type: 'none' }, textStyle: { fontSize: 11 }, padding: [4, 8],
        valueFormatter: (v: unknown) => (formatValue && typeof v === 'number' ? formatValue(v) : String(v)),
      },
      series: [{
        type: 'line', step: 'end', data: points.map((p) => p.value), symbol: 'none',
        lineStyle: { width: 1.75, color },
      }],
    });
    return () => chart.dispose();
  }, [points, width, height, color, formatValue]);
  return <div ref={ref} style={{ width, height }} aria-hidden="true" />;
}
