import { describe, expect, it } from 'vitest';
import type { RateRow } from '../../../api/survey-distribution';
import { rateChartOption, renderWhisker } from './rate-chart-option';

const row = (key: string | null, responded: number, invited: number, low: number, high: number): RateRow => ({
  key, label: null, recipients: invited, invited, opened: 0, responded, rate: responded / invited, interval: { value: responded / invited, low, high, n: invited },
});

describe('rateChartOption', () => {
  // Wilson intervals: scipy 1.17 stats.binomtest(k, n).proportion_ci(method='wilson') for (1, 2) and (0, 1).
  const rows = [row('Pro', 1, 2, 0.09453120573423074, 0.9054687942657693), row(null, 0, 1, 0, 0.7934506856227626)];
  const option = rateChartOption(rows, { label: (r) => r.key ?? '未設定', tooltip: () => '' }, '#123456');

  it('lists segments top to bottom in the given order (ECharts draws categories bottom-up)', () => {
    expect(option.yAxis.data).toEqual(['未設定', 'Pro']);
  });

  it('plots rates and interval ends in percent, rounded to 0.1', () => {
    expect(option.series[0]!.data).toEqual([0, 50]);
    expect(option.series[1]!.data).toEqual([[0, 0, 79.3], [1, 9.5, 90.5]]);
  });

  it('draws a whisker from low to high with caps at both ends', () => {
    const values = [1, 9.5, 90.5];
    const shape = renderWhisker(null, {
      value: (d) => values[d]!, coord: ([x, y]) => [x * 10, y * 100], size: () => [0, 40],
    });
    expect(shape.children.map((c) => c.shape)).toEqual([
      { x1: 95, y1: 100, x2: 905, y2: 100 },
      { x1: 95, y1: 92.8, x2: 95, y2: 107.2 },
      { x1: 905, y1: 92.8, x2: 905, y2: 107.2 },
    ]);
  });
});
