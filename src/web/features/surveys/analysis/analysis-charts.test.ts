import { describe, expect, it } from 'vitest';
import { errorBarShape, estimateBarOption, stackedShareOption } from './analysis-charts';

describe('estimateBarOption', () => {
  it('draws a bar per group and an error bar only where the interval exists', () => {
    const option = estimateBarOption({
      categories: ['全体', 'Pro', 'Lite'], color: '#000', min: 1, max: 5, describe: () => '',
      estimates: [{ value: 4.123, low: 3.9, high: 4.3, n: 40 }, null, { value: 3, low: 2, high: 4, n: 3 }],
    });
    expect(option.series[0]!.data).toEqual([4.12, null, 3]);
    expect(option.series[1]!.data).toEqual([[0, 3.9, 4.3], [2, 2, 4]]);
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
