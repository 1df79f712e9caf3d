/**
 * ECharts options for the touch-model report (pure: no React, no fetching): per tier the
 * customers and their ARR side by side, or per CSM the customers stacked by tier with the
 * overdue touches beside.
 */
import type { TouchReport } from '../../api/tiers';

const TIER_COLORS = ['#1c7ed6', '#37b24d', '#f59f00', '#ae3ec9', '#0ca678', '#868e96'];
const OVERDUE_COLOR = '#e03131';

interface Words {
  accounts: string;
  arr: string;
  overdue: string;
  unassigned: string;
  noOwner: string;
  money: (minor: number) => string;
  number: (n: number) => string;
}

const tierName = (t: { key: string | null; name: string | null }, w: Words) => t.name ?? t.key ?? w.unassigned;

export function tierChartOption(report: TouchReport, w: Words) {
  const tiers = report.tiers;
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [w.accounts, w.arr, w.overdue] },
    tooltip: { trigger: 'axis', confine: true },
    xAxis: { type: 'category', data: tiers.map((t) => tierName(t, w)) },
    yAxis: [
      { type: 'value', name: w.accounts, minInterval: 1, axisLabel: { formatter: (v: number) => w.number(v) } },
      { type: 'value', name: w.arr, splitLine: { show: false }, axisLabel: { formatter: (v: number) => w.money(v) } },
    ],
    series: [
      { id: 'accounts', name: w.accounts, type: 'bar', data: tiers.map((t) => t.accounts), itemStyle: { color: TIER_COLORS[0] } },
      { id: 'overdue', name: w.overdue, type: 'bar', data: tiers.map((t) => t.overdue), itemStyle: { color: OVERDUE_COLOR } },
      {
        id: 'arr', name: w.arr, type: 'bar', yAxisIndex: 1, data: tiers.map((t) => t.arr), itemStyle: { color: TIER_COLORS[1] },
        tooltip: { valueFormatter: (v: number) => w.money(v) },
      },
    ],
  };
}

export function ownerChartOption(report: TouchReport, w: Words) {
  const owners = [...report.owners].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: owners.map((o) => o.ownerName ?? w.noOwner) },
    series: [
      ...report.tiers.map((t, i) => ({
        id: `tier-${t.key ?? ''}`, name: tierName(t, w), type: 'bar', stack: 'tiers',
        data: owners.map((o) => o.byTier[t.key ?? '']?.accounts ?? 0), itemStyle: { color: TIER_COLORS[i % TIER_COLORS.length] },
      })),
      { id: 'overdue', name: w.overdue, type: 'bar', data: owners.map((o) => o.overdue), itemStyle: { color: OVERDUE_COLOR } },
    ],
  };
}
