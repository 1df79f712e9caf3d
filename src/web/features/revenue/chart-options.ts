/**
 * ECharts options for the revenue dashboard, built from report data and the locale's
 * formatters (pure: no React, no fetching), so the shapes can be unit-tested.
 */
import type { AcvReport, CohortRow, MovementType, PeriodMetrics } from '../../api/metrics';

export const MOVEMENT_COLORS: Record<MovementType, string> = {
  new: '#2f9e44', expansion: '#69db7c', reactivation: '#4dabf7', contraction: '#ffa94d', churn: '#e03131',
};
const UP: readonly MovementType[] = ['new', 'expansion', 'reactivation'];
const DOWN: readonly MovementType[] = ['contraction', 'churn'];

interface Formatters {
  money: (minor: number) => string;
  moneyCompact: (minor: number) => string;
  rate: (rate: number | null) => string;
}

const baseGrid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

export function mrrTrendOption(labels: string[], series: { name: string; values: number[] }[], kind: 'line' | 'bar', f: Formatters) {
  const stacked = series.length > 1;
  return {
    animation: false,
    grid: baseGrid,
    legend: stacked ? { type: 'scroll', top: 0 } : undefined,
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? f.money(v) : String(v)) },
    xAxis: { type: 'category', data: labels, boundaryGap: kind === 'bar' },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.moneyCompact(v) } },
    series: series.map((s) => ({
      id: s.name, name: s.name, type: kind, data: s.values, stack: stacked ? 'mrr' : undefined,
      areaStyle: kind === 'line' && stacked ? {} : undefined, symbolSize: 6, barMaxWidth: 36,
      ...(stacked ? {} : { itemStyle: { color: '#1c6d9d' } }),
    })),
  };
}

/** Up bars (new, expansion, reactivation) above zero, down bars (contraction, churn) below, and net new as a line. */
export function waterfallOption(labels: string[], metrics: PeriodMetrics[], names: Record<MovementType | 'netNew', string>, f: Formatters) {
  const bar = (type: MovementType, sign: 1 | -1) => ({
    id: type, name: names[type], type: 'bar', stack: 'movements', barMaxWidth: 36,
    itemStyle: { color: MOVEMENT_COLORS[type] },
    data: metrics.map((m) => sign * m.movements[type]),
  });
  return {
    animation: false,
    grid: { ...baseGrid, top: 56 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis', confine: true, axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? f.money(v) : String(v)),
    },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.moneyCompact(v) } },
    series: [
      ...UP.map((type) => bar(type, 1)),
      ...DOWN.map((type) => bar(type, -1)),
      {
        id: 'netNew', name: names.netNew, type: 'line', data: metrics.map((m) => m.movements.netNew),
        itemStyle: { color: '#343a40' }, lineStyle: { width: 1.5, type: 'dashed' }, symbolSize: 6, z: 10,
      },
    ],
  };
}

export function ratesTrendOption(labels: string[], series: { id: string; name: string; values: (number | null)[]; color: string }[], f: Formatters) {
  return {
    animation: false,
    grid: baseGrid,
    legend: { top: 0 },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? f.rate(v) : '—') },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => f.rate(v) } },
    series: series.map((s) => ({
      id: s.id, name: s.name, type: 'line', data: s.values, connectNulls: false, symbolSize: 6,
      itemStyle: { color: s.color }, lineStyle: { color: s.color },
    })),
  };
}

/** Rows are start months, columns months since the start; a cell is the share still paying (MRR or logos). */
export function cohortHeatmapOption(rows: CohortRow[], mode: 'mrr' | 'logo', rowLabel: (cohort: string) => string, offsetLabel: (offset: number) => string, f: Formatters) {
  const maxOffset = rows.reduce((max, r) => Math.max(max, ...r.cells.map((c) => c.offset)), 0);
  const offsets = Array.from({ length: maxOffset + 1 }, (_, i) => i);
  // Newest cohort at the top, as the tables in the sources read.
  const ordered = [...rows].reverse();
  const data = ordered.flatMap((row, y) => row.cells.map((cell) => {
    const value = mode === 'mrr' ? cell.mrrRetention : cell.logoRetention;
    return [cell.offset, y, value === null ? '-' : value];
  }));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      confine: true,
      formatter: (p: { value: [number, number, number | '-'] }) => {
        const row = ordered[p.value[1]];
        return `${row ? rowLabel(row.cohort) : ''} · ${offsetLabel(p.value[0])}<br/><b>${typeof p.value[2] === 'number' ? f.rate(p.value[2]) : '—'}</b>`;
      },
    },
    xAxis: { type: 'category', data: offsets.map(offsetLabel), splitArea: { show: true } },
    yAxis: { type: 'category', data: ordered.map((r) => rowLabel(r.cohort)), splitArea: { show: true } },
    visualMap: {
      min: 0, max: 1.2, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160,
      inRange: { color: ['#fff5f5', '#ffe066', '#8ce99a', '#1c7ed6'] },
      formatter: (v: number) => f.rate(v),
    },
    series: [{
      id: 'cohorts', type: 'heatmap', data,
      label: { show: true, fontSize: 10, formatter: (p: { value: [number, number, number | '-'] }) => (typeof p.value[2] === 'number' ? f.rate(p.value[2]) : '') },
      emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
    }],
  };
}

/** The workspace's share of accounts per ACV band beside the share the survey published. */
export function acvOption(bandSet: AcvReport['bandSets'][number], label: (text: { ja: string; en: string }) => string, names: { own: string; published: string }, f: Formatters) {
  return {
    animation: false,
    grid: { ...baseGrid, top: 36 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' }, valueFormatter: (v: unknown) => (typeof v === 'number' ? f.rate(v) : '—') },
    xAxis: { type: 'category', data: bandSet.bands.map((b) => label(b.label)), axisLabel: { interval: 0, rotate: 20, fontSize: 10 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.rate(v) } },
    series: [
      { id: 'own', name: names.own, type: 'bar', data: bandSet.bands.map((b) => b.share), itemStyle: { color: '#1c6d9d' }, barMaxWidth: 28 },
      { id: 'published', name: names.published, type: 'bar', data: bandSet.bands.map((b) => b.publishedShare), itemStyle: { color: '#adb5bd' }, barMaxWidth: 28 },
    ],
  };
}
