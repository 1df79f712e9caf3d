/** The ECharts option of a goal's measured values over time, with the baseline and target as lines. */
import type { GoalMeasurement } from '../../api/success-plans';

export function goalChartOption(
  measurements: GoalMeasurement[], goal: { baseline: number; target: number }, labels: { value: string; baseline: string; target: string },
) {
  // The axis spans baseline and target too, so both lines are always in view.
  const values = [goal.baseline, goal.target, ...measurements.map((m) => m.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Round the ends to a whole step (1, 2, 5 × a power of ten) so the axis labels stay readable.
  const magnitude = 10 ** Math.floor(Math.log10(high - low || 1));
  const step = (high - low) / magnitude < 3 ? magnitude / 2 : magnitude;
  return {
    grid: { left: 48, right: 72, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step },
    series: [{
      id: 'value', name: labels.value, type: 'line', step: false, symbolSize: 6,
      data: measurements.map((m) => [m.day, m.value]),
      markLine: {
        symbol: 'none', silent: true,
        data: [
          { yAxis: goal.baseline, name: labels.baseline, lineStyle: { color: '#adb5bd', type: 'dashed' }, label: { formatter: labels.baseline, position: 'end' } },
          { yAxis: goal.target, name: labels.target, lineStyle: { color: '#2f9e44', type: 'dashed' }, label: { formatter: labels.target, position: 'end' } },
        ],
      },
    }],
  };
}
