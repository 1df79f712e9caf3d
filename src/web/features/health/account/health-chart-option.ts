/**
 * The ECharts option of an account's score history: one line over every day of the window (days
 * without a score stay gaps, never zero), on bands painted as areas from the scorecard's
 * thresholds with dashed lines where red ends and green begins. Pure, so it is unit-tested.
 */
import type { Band } from '../../../../domain/health/scorecard';
import type { HealthHistoryPoint } from '../../../api/health';

export interface HistoryChartStyle {
  line: string;
  /** strong colour per band for threshold lines, pale colour per band for its area */
  strong: Record<Band, string>;
  pale: Record<Band, string>;
}

export interface HistoryChartText {
  day: (day: string) => string;
  axisDay: (day: string) => string;
  score: (score: number) => string;
  band: (band: Band) => string;
  threshold: (band: 'red' | 'green', value: number) => string;
}

const DAY_MS = 86_400_000;

/** Every UTC day from `from` to `to` inclusive, as 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return [];
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export function healthHistoryOption(
  items: HealthHistoryPoint[], to: string, bands: { red: number; green: number } | undefined,
  style: HistoryChartStyle, text: HistoryChartText,
) {
  const from = items[0]?.day ?? to;
  const days = daysBetween(from, to > from ? to : from);
  const byDay = new Map(items.map((i) => [i.day, i]));
  const scores = days.map((d) => byDay.get(d)?.score ?? null);
  const scored = scores.filter((s) => s !== null).length;
  const area = (band: Band, low: number, high: number) => [{ yAxis: low, itemStyle: { color: style.pale[band] } }, { yAxis: high }];
  const line = (band: 'red' | 'green', value: number) => ({
    yAxis: value, lineStyle: { color: style.strong[band], type: 'dashed', width: 1 },
    label: { formatter: text.threshold(band, value), position: 'insideEndTop', color: style.strong[band], fontSize: 10 },
  });

  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: (params: { dataIndex: number }[]) => {
        const index = params[0]?.dataIndex ?? 0;
        const point = byDay.get(days[index] ?? '');
        const head = text.day(days[index] ?? '');
        if (!point || point.score === null) return `${head}<br/>—`;
        return `${head}<br/><b>${text.score(point.score)}</b>${point.band ? ` · ${text.band(point.band)}` : ''}`;
      },
    },
    xAxis: { type: 'category', data: days, boundaryGap: false, axisLabel: { formatter: text.axisDay, hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20 },
    series: [{
      id: 'score', type: 'line', data: scores, connectNulls: false,
      // A short history is a few dots; a long one reads better as a plain line.
      showSymbol: scored <= 31, symbolSize: 6,
      lineStyle: { width: 2.5, color: style.line }, itemStyle: { color: style.line },
      markArea: bands ? {
        silent: true,
        data: [area('red', 0, bands.red), area('yellow', bands.red, bands.green), area('green', bands.green, 100)],
      } : undefined,
      markLine: bands ? { silent: true, symbol: 'none', data: [line('red', bands.red), line('green', bands.green)] } : undefined,
    }],
  };
}
