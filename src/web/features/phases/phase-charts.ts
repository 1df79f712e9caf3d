/**
 * ECharts options for the roadmap report (pure: no React, no fetching): customers per phase as a
 * horizontal funnel of bars with their ARR beside, and time in phase (median and p75 days).
 */
import type { PhaseReport } from '../../api/phases';

interface Words {
  accounts: string;
  arr: string;
  median: string;
  p75: string;
  money: (minor: number) => string;
  number: (n: number) => string;
  days: (n: number) => string;
}

export function funnelChartOption(report: PhaseReport, w: Words) {
  const phases = [...report.phases].reverse(); // ECharts draws the first category at the bottom
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [w.accounts, w.arr] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    yAxis: { type: 'category', data: phases.map((p) => p.name) },
    xAxis: [
      { type: 'value', name: w.accounts, position: 'bottom', minInterval: 1, axisLabel: { formatter: (v: number) => w.number(v) } },
      { type: 'value', name: w.arr, position: 'top', axisLabel: { formatter: (v: number) => w.money(v) }, splitLine: { show: false } },
    ],
    series: [
      { name: w.accounts, type: 'bar', xAxisIndex: 0, data: phases.map((p) => p.accounts), itemStyle: { color: '#1c7ed6' },
        label: { show: true, position: 'right', formatter: (p: { value: number }) => w.number(p.value) } },
      { name: w.arr, type: 'bar', xAxisIndex: 1, data: phases.map((p) => p.arr), itemStyle: { color: '#94d82d' },
        tooltip: { valueFormatter: (v: number) => w.money(v) } },
    ],
  };
}

export function timeChartOption(report: PhaseReport, w: Words) {
  const names = new Map(report.phases.map((p) => [p.key, p.name]));
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [w.median, w.p75] },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v: number | null) => (v === null ? '—' : w.days(v)) },
    xAxis: { type: 'category', data: report.timeInPhase.map((x) => names.get(x.phase) ?? x.phase) },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => w.days(v) } },
    series: [
      { name: w.median, type: 'bar', data: report.timeInPhase.map((x) => x.medianDays), itemStyle: { color: '#1c7ed6' } },
      { name: w.p75, type: 'bar', data: report.timeInPhase.map((x) => x.p75Days), itemStyle: { color: '#a5d8ff' } },
    ],
  };
}
