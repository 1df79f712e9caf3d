/** Placement on the published bands of reference/metrics.md (HiCustomer 2023, CSPI 2018, SaaS Capital 2023, …). */
import { describe, expect, it } from 'vitest';
import { placeOnBenchmarks, standingOf } from './place-on-benchmarks.js';

const figures = { monthlyRevenueChurn: 0.015, nrr12m: 0.95, grr12m: 0.9, averageAcvJpy: 360_000, averageAcvUsd: 2_400, annualLogoChurn: 0.12, quickRatio: 3 };

describe('placeOnBenchmarks', () => {
  const placed = placeOnBenchmarks(figures);
  const figure = (key: string) => placed.find((f) => f.key === key)!;

  it('places 1.5% monthly revenue churn in HiCustomer 2023\'s "under 2%" band (50.0% of companies)', () => {
    const bands = figure('monthly_revenue_churn').comparisons[0]!;
    expect(bands.source).toMatchObject({ id: 'hicustomer-2023', year: 2023 });
    expect(bands.bands?.find((b) => b.placed)).toMatchObject({ key: 'lt2', share: 0.5 });
  });

  it('places NRR 95% in the most common band (90–100%, 46.9%) and below the 2018 averages', () => {
    const nrr = figure('nrr_12m');
    expect(nrr.comparisons[0]?.bands?.find((b) => b.placed)).toMatchObject({ key: '90to100', share: 0.469 });
    const japan = nrr.comparisons.find((c) => c.source.id === 'cspi-2018' && c.reference === 1.09)!;
    expect(japan.difference).toBeCloseTo(-0.14, 12);
    expect(japan.standing).toBe('worse');
    expect(nrr.comparisons.find((c) => c.source.id === 'saas-capital-2023')).toMatchObject({ reference: 1.0 });
  });

  it('places an average ACV of ¥360k in the ¥130k–600k band (27.1%)', () => {
    expect(figure('acv').comparisons[0]?.bands?.find((b) => b.placed)).toMatchObject({ key: '130kto600k', share: 0.271 });
  });

  it('compares with the direction that is good for each figure', () => {
    expect(standingOf(-0.01, 'lower')).toBe('better');
    expect(figure('annual_logo_churn').comparisons[0]?.standing).toBe('worse');
    expect(figure('quick_ratio').comparisons.map((c) => c.standing)).toEqual(['worse', 'better']);
  });

  it('places nothing for a figure the workspace cannot compute yet', () => {
    const empty = placeOnBenchmarks({ ...figures, nrr12m: null });
    expect(empty.find((f) => f.key === 'nrr_12m')?.comparisons[0]?.bands?.some((b) => b.placed)).toBe(false);
  });
});
