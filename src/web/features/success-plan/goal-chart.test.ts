import { describe, expect, it } from 'vitest';
import { goalChartOption } from './goal-chart';

describe('goalChartOption', () => {
  it('spans the baseline and the target so both lines show, whatever the measured values', () => {
    const option = goalChartOption([{ day: '2026-01-01', value: 20, source: 'manual' }, { day: '2026-02-01', value: 45, source: 'manual' }],
      { baseline: 10, target: 85 }, { value: 'v', baseline: 'b', target: 't' });
    // values 10…85: a span of 75 rounds to steps of 10 → 10 … 90
    expect(option.yAxis).toEqual({ type: 'value', min: 10, max: 90 });
    // 40 h → 10 h with values 25–38: a span of 30 → steps of 10 → 10 … 40
    expect(goalChartOption([{ day: '2026-01-01', value: 38, source: 'manual' }, { day: '2026-02-01', value: 25, source: 'manual' }],
      { baseline: 40, target: 10 }, { value: 'v', baseline: 'b', target: 't' }).yAxis).toEqual({ type: 'value', min: 10, max: 40 });
    expect(option.series[0]?.data).toEqual([['2026-01-01', 20], ['2026-02-01', 45]]);
  });
});
