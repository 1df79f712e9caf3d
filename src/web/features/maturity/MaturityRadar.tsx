/**
 * The eight axes as a radar: the chosen assessment filled, the one before it dashed. ECharts is
 * imported module by module (radar only) and this component is loaded lazily.
 */
import { useEffect, useMemo, useRef } from 'react';
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import type { AxisScores } from '../../../domain/maturity/types';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire';
import { useFormat } from '../../lib/use-format';
import { radarOption, type RadarSeries } from './radar-option';

echarts.use([RadarChart, RadarComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  current: { assessedOn: string; scores: AxisScores };
  previous: { assessedOn: string; scores: AxisScores } | null;
  height?: number;
}

export function MaturityRadar({ current, previous, height = 340 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const option = useMemo(() => {
    const axes = QUESTIONNAIRE.axes.map((a) => ({ axis: a.axis, name: a.name[format.locale] }));
    const series: RadarSeries[] = [{ label: t('maturity.radar.current', { date: format.date(current.assessedOn) }), scores: current.scores, color: '#1c7ed6' }];
    if (previous) series.push({ label: t('maturity.radar.previous', { date: format.date(previous.assessedOn) }), scores: previous.scores, color: '#868e96', previous: true });
    return radarOption(axes, series);
  }, [current, previous, format, t]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chartRef.current = chart;
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

  return <div ref={ref} style={{ width: '100%', height }} data-testid="maturity-radar" />;
}
