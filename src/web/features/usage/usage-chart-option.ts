/**
 * The account usage chart: events per day as bars and active users per day as a line on its own
 * axis, over every day of the window (a day without activity is a zero, which it truly is:
 * the rollups only hold days with events). Pure, so it is unit-tested.
 */
import type { DailyUsage } from '../../api/usage';

const DAY_MS = 86_400_000;

/** One entry per UTC day from `from` to `to`, zero where the rollups have nothing. */
export function fillDays(from: string, to: string, daily: DailyUsage[]): DailyUsage[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const days: DailyUsage[] = [];
  for (let t = start; t <= end; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push(byDay.get(day) ?? { day, events: 0, activeUsers: 0, usageSeconds: 0 });
  }
  return days;
}

export interface UsageChartText {
  events: string;
  activeUsers: string;
  day: (day: string) => string;
  axisDay: (day: string) => string;
  number: (n: number) => string;
}

export function usageChartOption(days: DailyUsage[], text: UsageChartText, colors: { events: string; users: string }) {
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [text.events, text.activeUsers] },
    tooltip: {
      trigger: 'axis', confine: true, axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number; marker: string; seriesName: string; value: number }[]) => {
        const day = days[params[0]?.dataIndex ?? 0]?.day ?? '';
        return [text.day(day), ...params.map((p) => `${p.marker}${p.seriesName}&nbsp;&nbsp;<b>${text.number(p.value)}</b>`)].join('<br/>');
      },
    },
    xAxis: {
      type: 'category', data: days.map((d) => d.day),
      axisLabel: { formatter: text.axisDay, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', name: text.events, nameTextStyle: { align: 'left' }, minInterval: 1, axisLabel: { formatter: text.number } },
      { type: 'value', name: text.activeUsers, nameTextStyle: { align: 'right' }, minInterval: 1, splitLine: { show: false }, axisLabel: { formatter: text.number } },
    ],
    series: [
      { id: 'events', name: text.events, type: 'bar', data: days.map((d) => d.events), itemStyle: { color: colors.events }, barMaxWidth: 18 },
      {
        id: 'activeUsers', name: text.activeUsers, type: 'line', yAxisIndex: 1, data: days.map((d) => d.activeUsers),
        itemStyle: { color: colors.users }, lineStyle: { width: 2, color: colors.users }, showSymbol: days.length <= 31, symbolSize: 5,
      },
    ],
  };
}
