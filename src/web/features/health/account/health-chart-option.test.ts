import { describe, expect, it } from 'vitest';
import { daysBetween, healthHistoryOption } from './health-chart-option';

const style = { line: '#000', strong: { red: 'r', yellow: 'y', green: 'g' }, pale: { red: 'r0', yellow: 'y0', green: 'g0' } };
const text = { day: String, axisDay: String, score: String, band: String, threshold: (b: string, v: number) => `${b} ${v}` };

describe('the health history chart', () => {
  it('counts days across a month end inclusively', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    expect(daysBetween('2026-02-02', '2026-01-30')).toEqual([]);
  });

  it('draws every day from the first score to today, leaving days without a score as gaps', () => {
    const option = healthHistoryOption([
      { day: '2026-03-01', score: 55, band: 'yellow', version: 1 },
      { day: '2026-03-03', score: 38.5, band: 'red', version: 1 },
    ], '2026-03-04', { red: 40, green: 70 }, style, text);
    expect(option.xAxis.data).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(option.series[0]?.data).toEqual([55, null, 38.5, null]);
    expect(option.series[0]?.connectNulls).toBe(false);
  });

  it('paints the bands between the scorecard thresholds and marks where red ends and green begins', () => {
    const option = healthHistoryOption([{ day: '2026-03-01', score: 55, band: 'yellow', version: 1 }], '2026-03-01', { red: 40, green: 70 }, style, text);
    const areas = option.series[0]?.markArea?.data.map(([low, high]) => [low?.itemStyle?.color, low?.yAxis, high?.yAxis]);
    expect(areas).toEqual([['r0', 0, 40], ['y0', 40, 70], ['g0', 70, 100]]);
    expect(option.series[0]?.markLine?.data.map((l) => l.yAxis)).toEqual([40, 70]);
    expect(healthHistoryOption([], '2026-03-01', undefined, style, text).series[0]?.markArea).toBeUndefined();
  });
});
