import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../api/survey-analysis';
import { errorBarShape, estimateBarOption, overviewChartOptions, stackedShareOption } from './analysis-charts';

describe('estimateBarOption', () => {
  it('draws a bar per group and an error bar only where the interval exists', () => {
    const option = estimateBarOption({
      categories: ['全体', 'Pro', 'Lite'], color: '#000', min: 1, max: 5, describe: () => '',
      estimates: [{ value: 4.123, low: 3.9, high: 4.3, n: 40 }, null, { value: 3, low: 2, high: 4, n: 3 }],
    });
    expect(option.series[0]!.data).toEqual([4.12, null, 3]);
    expect(option.series[1]!.data).toEqual([[0, 3.9, 4.3], [2, 2, 4]]);
  });

  it('clips an interval that reaches past the scale to the axis', () => {
    const option = estimateBarOption({ categories: ['全体'], color: '#000', min: 1, max: 5, describe: () => '', estimates: [{ value: 4, low: 0.2, high: 6.3, n: 3 }] });
    expect(option.series[1]!.data).toEqual([[0, 1, 5]]);
  });

  it('draws the interval as a vertical line between the coordinates of low and high, with caps', () => {
    const values = [1, 3.5, 4.5];
    const shape = errorBarShape({ value: (i) => values[i]!, coord: ([x, y]) => [x! * 100, 500 - y! * 100], size: () => [100, 0] });
    expect(shape.children[0]!.shape).toEqual({ x1: 100, y1: 150, x2: 100, y2: 50 });
    expect(shape.children[1]!.shape).toEqual({ x1: 88, y1: 150, x2: 112, y2: 150 });
  });
});

describe('stackedShareOption', () => {
  it('turns counts into percentages of each group', () => {
    const option = stackedShareOption(['A', 'B'], [[1, 3], [0, 0]], ['no', 'yes'], ['#f00', '#0f0']);
    expect(option.series.map((s) => s.data)).toEqual([[25, 0], [75, 0]]);
  });
});

describe('overviewChartOptions', () => {
  const scale = (mean: number | null, counts: number[]) => ({
    n: counts.reduce((a, b) => a + b, 0), counts, mean: mean === null ? null : { value: mean, low: mean - 0.5, high: mean + 0.5, n: counts.reduce((a, b) => a + b, 0) },
  });
  const group = (value: string | null, recommendation: ReturnType<typeof scale>): GroupSummary => ({
    value, responses: recommendation.n,
    nps: { n: 0, score: null, promoters: 0, passives: 0, detractors: 0, counts: [] },
    csat: scale(null, [0, 0, 0, 0, 0]), continuation: scale(4, [0, 0, 1, 1, 2]), recommendation,
  });
  const labels = {
    satisfaction: '満足度', continuation: '継続意向', recommendation: '推奨意向',
    continuationLevels: ['c1', 'c2', 'c3', 'c4', 'c5'], recommendationLevels: ['r1', 'r2', 'r3', 'r4', 'r5'], npsClasses: ['d', 'p', 'P'],
  };

  it('charts recommendation intent like continuation intent: mean with its interval, and its distribution', () => {
    const groups = [group(null, scale(3.75, [0, 1, 0, 2, 1])), group('Pro', scale(null, [0, 0, 0, 0, 1]))];
    const options = overviewChartOptions(groups, ['全体', 'Pro'], labels, (e) => (e ? e.value.toFixed(2) : '—'));
    expect(options.recommendation.series[0]!.data).toEqual([3.75, null]);
    expect(options.recommendation.series[1]!.data).toEqual([[0, 3.25, 4.25]]);
    expect(options.recommendation.yAxis).toEqual({ type: 'value', min: 1, max: 5 });
    expect(options.recommendation.tooltip.formatter({ dataIndex: 0 })).toBe('全体<br/>推奨意向: 3.75<br/>n = 4');
    expect(options.recommendationMix.series.map((s) => s.name)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    // 0, 1, 0, 2, 1 of 4 → 0%, 25%, 0%, 50%, 25%; Pro's one answer is a 5.
    expect(options.recommendationMix.series.map((s) => s.data)).toEqual([[0, 0], [25, 0], [0, 0], [50, 0], [25, 100]]);
    // Continuation intent is still read from its own counts.
    expect(options.intent.series.map((s) => s.data[0])).toEqual([0, 0, 25, 25, 50]);
  });
});
