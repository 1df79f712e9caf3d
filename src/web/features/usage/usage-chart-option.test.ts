import { describe, expect, it } from 'vitest';
import { fillDays, usageChartOption } from './usage-chart-option';

describe('the usage chart', () => {
  it('has one entry per day of the window, zero on days the rollups have no row for', () => {
    const days = fillDays('2026-02-27', '2026-03-02', [
      { day: '2026-02-28', events: 12, activeUsers: 3, usageSeconds: 1800 },
      { day: '2026-03-02', events: 5, activeUsers: 1, usageSeconds: 0 },
    ]);
    // 2026 is not a leap year: Feb 27, 28, Mar 1, 2.
    expect(days.map((d) => d.day)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(days.map((d) => d.events)).toEqual([0, 12, 0, 5]);
    expect(days.map((d) => d.activeUsers)).toEqual([0, 3, 0, 1]);
  });

  it('puts events on bars and active users on a line against its own axis', () => {
    const option = usageChartOption(fillDays('2026-03-01', '2026-03-02', [{ day: '2026-03-01', events: 7, activeUsers: 2, usageSeconds: 60 }]),
      { events: 'Events', activeUsers: 'Active users', day: String, axisDay: String, number: String }, { events: 'e', users: 'u' });
    expect(option.series.map((s) => [s.type, s.yAxisIndex ?? 0, s.data])).toEqual([['bar', 0, [7, 0]], ['line', 1, [2, 0]]]);
  });
});
