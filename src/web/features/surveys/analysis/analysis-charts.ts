/**
 * Chart options of the analysis tab, pure so they are tested without a browser: a value per group with its 95%
 * interval drawn as an error bar, and the distribution of answers per group as 100% stacked bars.
 */
import type { Estimate, GroupSummary } from '../../../api/survey-analysis';

type Api = { value(i: number): number; coord(p: number[]): number[]; size(p: number[]): number[] };

/** The error bar of one data item [index, low, high]: a vertical line with short caps. */
export function errorBarShape(api: Api) {
  const x = api.value(0);
  const low = api.coord([x, api.value(1)]) as [number, number];
  const high = api.coord([x, api.value(2)]) as [number, number];
  const cap = Math.max(4, (api.size([1, 0])[0] ?? 20) * 0.12);
  const style = { stroke: '#343a40', lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
      { type: 'line', shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style },
      { type: 'line', shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] }, style },
    ],
  };
}

export interface EstimateChartInput {
  categories: string[];
  estimates: Array<Estimate | null>;
  color: string;
  min: number;
  max: number;
  /** the tooltip's line for one estimate */
  describe: (e: Estimate | null, index: number) => string;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function estimateBarOption(input: EstimateChartInput) {
  return {
    grid: { left: 44, right: 16, top: 16, bottom: 48 },
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => input.describe(input.estimates[p.dataIndex] ?? null, p.dataIndex) },
    xAxis: { type: 'category', data: input.categories, axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', min: input.min, max: input.max },
    series: [
      { id: 'value', type: 'bar', barMaxWidth: 40, itemStyle: { color: input.color }, data: input.estimates.map((e) => (e ? round(e.value) : null)) },
      {
        id: 'interval', type: 'custom', renderItem: (_params: unknown, api: Api) => errorBarShape(api), z: 10,
        // Clipped to the axis like the tables' figures: a t interval from few answers can reach past a 1–5 scale.
        data: input.estimates.flatMap((e, i) => (e ? [[i, Math.max(input.min, e.low), Math.min(input.max, e.high)]] : [])),
        tooltip: { show: false },
      },
    ],
  };
}

export function stackedShareOption(categories: string[], counts: number[][], levels: string[], colors: string[]) {
  const totals = counts.map((row) => row.reduce((s, x) => s + x, 0));
  return {
    grid: { left: 100, right: 16, top: 8, bottom: 72 },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { overflow: 'truncate', width: 90 } },
    series: levels.map((name, level) => ({
      name, type: 'bar', stack: 'share', barMaxWidth: 22, itemStyle: { color: colors[level] },
      data: counts.map((row, i) => (totals[i] ? Math.round(((row[level] ?? 0) / (totals[i] as number)) * 1000) / 10 : 0)),
    })),
  };
}

/** The words the overview's charts need, in the viewer's language. */
export interface OverviewLabels {
  satisfaction: string;
  continuation: string;
  recommendation: string;
  /** the five points of the continuation scale, 1 first */
  continuationLevels: string[];
  /** the five points of the recommendation scale, 1 first */
  recommendationLevels: string[];
  /** detractors, passives, promoters */
  npsClasses: string[];
}

const INTENT_COLORS = ['#e03131', '#f76707', '#adb5bd', '#74c0fc', '#1c7ed6'];
const RECOMMENDATION_COLORS = ['#e03131', '#f76707', '#adb5bd', '#ffc078', '#f59f00'];
const NPS_COLORS = ['#e03131', '#adb5bd', '#2f9e44'];

/**
 * Every chart of the overview from the groups of GET /surveys/{id}/analysis (the whole survey first): NPS and the
 * mean of each 1–5 scale with its interval, and the distributions of continuation and recommendation intent and of
 * the NPS classes. `describe` writes one estimate for a tooltip.
 */
export function overviewChartOptions(
  groups: readonly GroupSummary[], categories: string[], labels: OverviewLabels, describe: (e: Estimate | null, digits: number) => string,
) {
  const tip = (name: string, digits: number) => (e: Estimate | null, i: number) => `${categories[i]}<br/>${name}: ${describe(e, digits)}<br/>n = ${e?.n ?? 0}`;
  return {
    nps: estimateBarOption({ categories, estimates: groups.map((g) => g.nps.score), color: '#7048e8', min: -100, max: 100, describe: tip('NPS', 1) }),
    csat: estimateBarOption({ categories, estimates: groups.map((g) => g.csat.mean), color: '#1098ad', min: 1, max: 5, describe: tip(labels.satisfaction, 2) }),
    continuation: estimateBarOption({
      categories, estimates: groups.map((g) => g.continuation.mean), color: '#1c7ed6', min: 1, max: 5, describe: tip(labels.continuation, 2),
    }),
    recommendation: estimateBarOption({
      categories, estimates: groups.map((g) => g.recommendation.mean), color: '#f59f00', min: 1, max: 5, describe: tip(labels.recommendation, 2),
    }),
    intent: stackedShareOption(categories, groups.map((g) => g.continuation.counts), labels.continuationLevels, INTENT_COLORS),
    recommendationMix: stackedShareOption(categories, groups.map((g) => g.recommendation.counts), labels.recommendationLevels, RECOMMENDATION_COLORS),
    npsMix: stackedShareOption(categories, groups.map((g) => [g.nps.detractors, g.nps.passives, g.nps.promoters]), labels.npsClasses, NPS_COLORS),
  };
}
