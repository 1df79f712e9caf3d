/** The ECharts option of the maturity radar: eight axes from 0 to 100, one polygon per assessment. */
import type { AxisScores, MaturityAxis } from '../../../domain/maturity/types';

export interface RadarSeries {
  label: string;
  scores: AxisScores;
  color: string;
  /** drawn dashed and unfilled: the assessment compared against */
  previous?: boolean;
}

export function radarOption(axes: { axis: MaturityAxis; name: string }[], series: RadarSeries[]) {
  return {
    animation: false,
    color: series.map((s) => s.color),
    legend: { bottom: 0, data: series.map((s) => s.label) },
    tooltip: { trigger: 'item' },
    radar: {
      indicator: axes.map((a) => ({ name: a.name, max: 100, min: 0 })),
      radius: '66%',
      center: ['50%', '48%'],
      splitNumber: 4,
      axisName: { color: '#495057', fontSize: 12 },
    },
    series: [{
      type: 'radar',
      data: series.map((s) => ({
        name: s.label,
        value: axes.map((a) => s.scores[a.axis]),
        symbolSize: 5,
        lineStyle: { width: s.previous ? 1.5 : 2.5, type: s.previous ? 'dashed' : 'solid', color: s.color },
        itemStyle: { color: s.color },
        areaStyle: s.previous ? undefined : { opacity: 0.18, color: s.color },
      })),
    }],
  };
}
