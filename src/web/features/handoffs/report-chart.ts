/** The report's chart: monthly revenue churn (left axis) and NRR (right axis) per completeness band, both in percent. */
import type { HandoffReportBand } from '../../api/handoffs';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function handoffReportOption(bands: HandoffReportBand[], labels: { band: (b: string) => string; churn: string; nrr: string }) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${v}%`) },
    legend: { bottom: 0 },
    grid: { left: 48, right: 48, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: bands.map((b) => labels.band(b.band)) },
    yAxis: [
      { type: 'value', name: labels.churn, nameTextStyle: { align: 'left' }, axisLabel: { formatter: '{value}%' } },
      { type: 'value', name: labels.nrr, nameTextStyle: { align: 'right' }, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { id: 'churn', name: labels.churn, type: 'bar', barMaxWidth: 36, itemStyle: { color: '#e8590c' }, data: bands.map((b) => pct(b.monthlyRevenueChurn)) },
      {
        id: 'nrr', name: labels.nrr, type: 'line', yAxisIndex: 1, symbolSize: 9, itemStyle: { color: '#1c7ed6' }, data: bands.map((b) => pct(b.nrr)),
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#868e96' }, data: [{ yAxis: 100 }], label: { show: false } },
      },
    ],
  };
}
