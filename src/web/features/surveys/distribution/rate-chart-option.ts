/**
 * The ECharts option of the response rate by segment: one horizontal bar per segment (rate in
 * %) with its 95% Wilson interval drawn as a whisker by a custom series, since ECharts has no
 * error bars of its own. Pure, so the shape is tested without a browser.
 */
import type { RateRow } from '../../../api/survey-distribution';

export interface RateChartText {
  label: (row: RateRow) => string;
  tooltip: (row: RateRow) => string;
}

interface WhiskerApi {
  value: (dim: number) => number;
  coord: (point: [number, number]) => [number, number];
  size: (value: [number, number]) => [number, number];
}

/** Draws the interval [low, high] of category `index` as a line with end caps. */
export function renderWhisker(_params: unknown, api: WhiskerApi) {
  const index = api.value(0);
  const [x0, y] = api.coord([api.value(1), index]);
  const [x1] = api.coord([api.value(2), index]);
  const cap = Math.max(3, api.size([0, 1])[1] * 0.18);
  const style = { stroke: '#1f2937', lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: x0, y1: y, x2: x1, y2: y }, style },
      { type: 'line', shape: { x1: x0, y1: y - cap, x2: x0, y2: y + cap }, style },
      { type: 'line', shape: { x1: x1, y1: y - cap, x2: x1, y2: y + cap }, style },
    ],
  };
}

export function rateChartOption(rows: RateRow[], text: RateChartText, color: string) {
  // Top to bottom in the order given: ECharts draws category axes bottom-up, so reverse.
  const shown = [...rows].reverse();
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (params: Array<{ dataIndex: number }>) => {
        const row = shown[params[0]?.dataIndex ?? 0];
        return row ? text.tooltip(row) : '';
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: shown.map(text.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      {
        id: 'rate', type: 'bar', barMaxWidth: 22, itemStyle: { color },
        data: shown.map((r) => pct(r.rate)),
        label: { show: true, position: 'insideLeft', formatter: (p: { value: number | null }) => (p.value === null ? '' : `${p.value}%`), color: '#fff', fontSize: 11 },
      },
      {
        id: 'interval', type: 'custom', renderItem: renderWhisker, z: 3, silent: true,
        encode: { x: [1, 2], y: 0 },
        data: shown.flatMap((r, i) => (r.interval ? [[i, pct(r.interval.low), pct(r.interval.high)]] : [])),
      },
    ],
  };
}
