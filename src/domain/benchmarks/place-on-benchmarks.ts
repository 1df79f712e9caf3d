/**
 * Places a workspace's own figures on the published benchmarks (SPEC §3.11): the band each
 * figure falls in, or its distance from a published reference value, with source and year.
 * Whether a difference is better or worse depends on the figure: lower churn, higher NRR.
 */
import {
  ACV_JP, KEYBANC_ANNUAL, LISTED_JP_MONTHLY_CHURN, MONTHLY_REVENUE_CHURN_JP, NRR_AVERAGES_2018, NRR_JP, QUICK_RATIO_BARS,
  SAAS_CAPITAL_BY_ACV, SAAS_CAPITAL_OVERALL_NRR, SOURCES, type Band, type BandDistribution, type Source, type Text,
} from './published-figures.js';

export interface WorkspaceFigures {
  /** gross MRR churn per month, pooled over the trailing 12 months */
  monthlyRevenueChurn: number | null;
  nrr12m: number | null;
  grr12m: number | null;
  /** average ACV per paying account (ARPA × 12) in yen, major units; null when it cannot be converted */
  averageAcvJpy: number | null;
  /** the same in US dollars */
  averageAcvUsd: number | null;
  annualLogoChurn: number | null;
  quickRatio: number | null;
}

export type Standing = 'better' | 'worse' | 'equal';

export interface Comparison {
  kind: 'bands' | 'reference';
  source: Source;
  label?: Text;
  bands?: Array<Band & { placed: boolean }>;
  note?: Text;
  reference?: number;
  /** the workspace's value minus the reference */
  difference?: number | null;
  standing?: Standing | null;
}

export type BenchmarkKey = 'monthly_revenue_churn' | 'nrr_12m' | 'grr_12m' | 'acv' | 'annual_logo_churn' | 'quick_ratio';

export interface BenchmarkFigure {
  key: BenchmarkKey;
  value: number | null;
  unit: 'rate' | 'money' | 'ratio';
  currency?: string;
  comparisons: Comparison[];
}

/** Every figure with its comparisons; a figure the workspace cannot compute yet has value null and no placement. */
export function placeOnBenchmarks(f: WorkspaceFigures): BenchmarkFigure[] {
  const acvBand = f.averageAcvUsd === null ? undefined : SAAS_CAPITAL_BY_ACV.find((b) => inBand(f.averageAcvUsd as number, b));
  return [
    { key: 'monthly_revenue_churn', value: f.monthlyRevenueChurn, unit: 'rate', comparisons: [
      bands(MONTHLY_REVENUE_CHURN_JP, f.monthlyRevenueChurn),
      reference(SOURCES.oneCapital2020, LISTED_JP_MONTHLY_CHURN.typicalMax, f.monthlyRevenueChurn, 'lower',
        { ja: '国内上場SaaSの多くは1%未満（0.16〜1.7%、各社定義は異なる）', en: 'most listed Japanese SaaS under 1% (0.16%–1.7%; company definitions differ)' }),
    ] },
    { key: 'nrr_12m', value: f.nrr12m, unit: 'rate', comparisons: [
      bands(NRR_JP, f.nrr12m),
      ...NRR_AVERAGES_2018.map((r) => reference(SOURCES.cspi2018, r.value, f.nrr12m, 'higher', r.label)),
      acvBand
        ? reference(SOURCES.saasCapital2023, acvBand.nrr, f.nrr12m, 'higher', { ja: `ACV ${acvBand.label.ja} の中央値`, en: `median at ACV ${acvBand.label.en}` })
        : reference(SOURCES.saasCapital2023, SAAS_CAPITAL_OVERALL_NRR, f.nrr12m, 'higher', { ja: '全体の中央値', en: 'overall median' }),
    ] },
    { key: 'grr_12m', value: f.grr12m, unit: 'rate', comparisons: acvBand
      ? [reference(SOURCES.saasCapital2023, acvBand.grr, f.grr12m, 'higher', { ja: `ACV ${acvBand.label.ja} の中央値`, en: `median at ACV ${acvBand.label.en}` })]
      : [] },
    { key: 'acv', value: f.averageAcvJpy, unit: 'money', currency: 'JPY', comparisons: [bands(ACV_JP, f.averageAcvJpy)] },
    { key: 'annual_logo_churn', value: f.annualLogoChurn, unit: 'rate', comparisons: [
      reference(SOURCES.keyBanc2016, KEYBANC_ANNUAL.logoChurn, f.annualLogoChurn, 'lower', { ja: '年間ロゴ解約率の中央値', en: 'median annual logo churn' }),
    ] },
    { key: 'quick_ratio', value: f.quickRatio, unit: 'ratio', comparisons: [
      reference(SOURCES.quickRatioHeuristic, QUICK_RATIO_BARS.strong, f.quickRatio, 'higher', { ja: '4超は力強い成長', en: 'above 4: strong growth' }),
      reference(SOURCES.quickRatioHeuristic, QUICK_RATIO_BARS.weak, f.quickRatio, 'higher', { ja: '2未満は解約が多すぎる', en: 'below 2: too much churn' }),
    ] },
  ];
}

function inBand(value: number, band: { min: number | null; max: number | null }): boolean {
  return (band.min === null || value >= band.min) && (band.max === null || value < band.max);
}

function bands(distribution: BandDistribution, value: number | null): Comparison {
  return {
    kind: 'bands',
    source: distribution.source,
    bands: distribution.bands.map((b) => ({ ...b, placed: value !== null && inBand(value, b) })),
    ...(distribution.note ? { note: distribution.note } : {}),
  };
}

function reference(source: Source, value: number, own: number | null, better: 'higher' | 'lower', label: Text): Comparison {
  const difference = own === null ? null : own - value;
  return { kind: 'reference', source, label, reference: value, difference, standing: standingOf(difference, better) };
}

/** Better or worse than the reference, given which direction is good. */
export function standingOf(difference: number | null, better: 'higher' | 'lower'): Standing | null {
  if (difference === null) return null;
  if (Math.abs(difference) < 1e-9) return 'equal';
  return (difference > 0) === (better === 'higher') ? 'better' : 'worse';
}
