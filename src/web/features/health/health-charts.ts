/**
 * ECharts options for the health screens, built from API data and words handed in (pure: no
 * React, no fetching), so their shapes are unit-tested: the portfolio's bands per day, the
 * backtest's ROC curve against chance, and current against suggested measure weights.
 */
import type { Band } from '../../../domain/health/scorecard';
import type { BandCounts, Distribution } from '../../api/scorecards';
import { BAND_HEX } from './band-colors';

type Day = Distribution['items'][number];

const DAY_MS = 86_400_000;

/** Below this many days an area has too few points to read; stacked bars show them instead. */
export const MIN_DAYS_FOR_AREA = 8;

export type DistributionMode = 'count' | 'share';
const STACK: readonly (Band | 'none')[] = ['red', 'yellow', 'green', 'none'];

interface DistributionWords {
  day: (day: string) => string;
  number: (n: number) => string;
  percent: (share: number) => string;
}

/**
 * The bands per day, red at the bottom where the eye starts, as counts or as shares of the
 * day's accounts. A week or more of history is a stacked area on a time axis, so a day the
 * history skipped (no recompute ran) is bridged at its true place instead of squeezed out;
 * less is a few stacked bars. Time is UTC throughout: history days are UTC calendar days.
 */
export function distributionOption(items: readonly Day[], mode: DistributionMode, names: Record<Band | 'none', string>, f: DistributionWords) {
  const area = items.length >= MIN_DAYS_FOR_AREA;
  const value = (c: BandCounts, band: Band | 'none') => {
    if (mode === 'count') return c[band];
    const sum = c.red + c.yellow + c.green + c.none;
    return sum > 0 ? c[band] / sum : 0;
  };
  const show = (v: number) => (mode === 'share' ? f.percent(v) : f.number(v));
  const dayOfMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    animation: false,
    useUTC: true,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, icon: 'roundRect', data: STACK.map((b) => names[b]) },
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: (params: { axisValue: number | string; marker: string; seriesName: string; value: unknown }[]) => {
        const first = params[0];
        if (!first) return '';
        const day = typeof first.axisValue === 'number' ? dayOfMs(first.axisValue) : String(first.axisValue);
        const rows = [...params].reverse().map((p) => {
          const v = Array.isArray(p.value) ? p.value[1] : p.value;
          return `${p.marker}${p.seriesName}&nbsp;&nbsp;<b>${typeof v === 'number' ? show(v) : '—'}</b>`;
        });
        return [area ? f.day(day) : day, ...rows].join('<br/>');
      },
    },
    xAxis: area
      ? { type: 'time', minInterval: DAY_MS, axisLabel: { formatter: (ms: number) => f.day(dayOfMs(ms)), hideOverlap: true } }
      : { type: 'category', data: items.map((d) => f.day(d.day)) },
    yAxis: {
      type: 'value', minInterval: mode === 'count' ? 1 : undefined, max: mode === 'share' ? 1 : undefined,
      axisLabel: { formatter: show },
    },
    series: STACK.map((band) => ({
      id: band, name: names[band], type: area ? 'line' : 'bar', stack: 'bands', symbol: 'none', barMaxWidth: 48,
      lineStyle: { width: 1, color: BAND_HEX[band] }, itemStyle: { color: BAND_HEX[band], opacity: band === 'none' ? 0.5 : 1 },
      areaStyle: area ? { color: BAND_HEX[band], opacity: band === 'none' ? 0.35 : 0.75 } : undefined,
      data: items.map((d) => (area ? [Date.parse(`${d.day}T00:00:00Z`), value(d, band)] : value(d, band))),
    })),
  };
}

/** The ROC curve (false positives → true positives, a low score taken as "will churn") over the chance diagonal. */
export function rocOption(roc: readonly { fpr: number; tpr: number }[], names: { curve: string; chance: string; fpr: string; tpr: string }, percent: (v: number) => string) {
  return {
    animation: false,
    grid: { left: 16, right: 24, top: 36, bottom: 32, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (p: { seriesName: string; value: [number, number] }) =>
        `${p.seriesName}<br/>${names.fpr}: ${percent(p.value[0])}<br/>${names.tpr}: ${percent(p.value[1])}`,
    },
    xAxis: { type: 'value', min: 0, max: 1, name: names.fpr, nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: percent } },
    yAxis: { type: 'value', min: 0, max: 1, name: names.tpr, nameLocation: 'middle', nameGap: 40, axisLabel: { formatter: percent } },
    series: [
      {
        id: 'roc', name: names.curve, type: 'line', data: roc.map((p) => [p.fpr, p.tpr]), symbol: 'circle', symbolSize: 4,
        lineStyle: { width: 2.5, color: '#1c6d9d' }, itemStyle: { color: '#1c6d9d' }, areaStyle: { color: '#1c6d9d', opacity: 0.08 },
      },
      {
        id: 'chance', name: names.chance, type: 'line', data: [[0, 0], [1, 1]], symbol: 'none', silent: true,
        lineStyle: { type: 'dashed', width: 1.5, color: '#868e96' }, itemStyle: { color: '#868e96' },
      },
    ],
  };
}

/** One row per measure: its share of the score now beside the share the fitted model suggests. */
export function weightsOption(weights: readonly { label: string; currentWeight: number; suggestedWeight: number }[], names: { current: string; suggested: string }, percent: (v: number) => string) {
  // ECharts draws a category y-axis bottom-up; reverse so the list reads top-down like the table.
  const rows = [...weights].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? percent(v) : '—') },
    xAxis: { type: 'value', min: 0, axisLabel: { formatter: percent } },
    yAxis: { type: 'category', data: rows.map((w) => w.label), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      { id: 'current', name: names.current, type: 'bar', data: rows.map((w) => w.currentWeight), itemStyle: { color: '#adb5bd' }, barMaxWidth: 14, label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number }) => percent(p.value) } },
      { id: 'suggested', name: names.suggested, type: 'bar', data: rows.map((w) => w.suggestedWeight), itemStyle: { color: '#1c6d9d' }, barMaxWidth: 14, label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number }) => percent(p.value) } },
    ],
  };
}
