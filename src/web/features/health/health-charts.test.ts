import { describe, expect, it } from 'vitest';
import { distributionOption, rocOption, weightsOption } from './health-charts';

const names = { red: 'Red', yellow: 'Yellow', green: 'Green', none: 'No score' };
const f = { day: (d: string) => d, number: (n: number) => String(n), percent: (v: number) => `${Math.round(v * 100)}%` };

describe('band distribution over time', () => {
  const day = (d: string, red: number, yellow: number, green: number) => ({ day: d, red, yellow, green, none: 0 });
  const short = [day('2026-03-01', 1, 2, 1), day('2026-03-03', 2, 1, 1)];

  it('stacks red, yellow, green and unscored as bars while the history is shorter than a week', () => {
    const option = distributionOption(short, 'count', names, f);
    expect(option.series.map((s) => s.id)).toEqual(['red', 'yellow', 'green', 'none']);
    expect(option.series.every((s) => s.stack === 'bands' && s.type === 'bar')).toBe(true);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2026-03-01', '2026-03-03'] });
    expect(option.series[0]?.data).toEqual([1, 2]);
  });

  it('gives each day\'s shares of its accounts in share mode', () => {
    const option = distributionOption(short, 'share', names, f);
    // 2026-03-01: 1 red of 1+2+1+0 = 4 accounts → 25 %; yellow 2 of 4 → 50 %.
    expect(option.series[0]?.data[0]).toBe(0.25);
    expect(option.series[1]?.data[0]).toBe(0.5);
    expect(option.yAxis.max).toBe(1);
  });

  it('draws a week or more as areas on a UTC time axis, each point at its own day', () => {
    // Every third day, as a backfill with --step 3 leaves it: the gaps keep their width on a time axis.
    const items = Array.from({ length: 8 }, (_, i) => day(`2026-03-${String(1 + 3 * i).padStart(2, '0')}`, i, 1, 1));
    const option = distributionOption(items, 'count', names, f);
    expect(option.useUTC).toBe(true);
    expect(option.xAxis).toMatchObject({ type: 'time' });
    expect(option.series[0]).toMatchObject({ type: 'line', areaStyle: { opacity: 0.75 } });
    expect(option.series[0]?.data[1]).toEqual([Date.UTC(2026, 2, 4), 1]);
  });
});

describe('ROC curve and weights', () => {
  it('draws the curve from its points and the chance diagonal from (0,0) to (1,1)', () => {
    const option = rocOption([{ fpr: 0, tpr: 0 }, { fpr: 0.25, tpr: 0.75 }, { fpr: 1, tpr: 1 }], { curve: 'ROC', chance: 'Chance', fpr: 'FPR', tpr: 'TPR' }, f.percent);
    expect(option.series[0]?.data).toEqual([[0, 0], [0.25, 0.75], [1, 1]]);
    expect(option.series[1]?.data).toEqual([[0, 0], [1, 1]]);
    expect(option.xAxis).toMatchObject({ min: 0, max: 1 });
  });

  it('lists measures top-down with current and suggested shares side by side', () => {
    const option = weightsOption([
      { label: 'Logins', currentWeight: 0.5, suggestedWeight: 0.2 },
      { label: 'Sentiment', currentWeight: 0.5, suggestedWeight: 0.8 },
    ], { current: 'Now', suggested: 'Suggested' }, f.percent);
    // Category axes run bottom-up in ECharts, so the first measure is last in the data.
    expect(option.yAxis.data).toEqual(['Sentiment', 'Logins']);
    expect(option.series.map((s) => s.data)).toEqual([[0.5, 0.5], [0.8, 0.2]]);
  });
});
