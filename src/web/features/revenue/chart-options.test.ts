import { describe, expect, it } from 'vitest';
import type { PeriodMetrics } from '../../api/metrics';
import { cohortHeatmapOption, waterfallOption } from './chart-options';

const f = { money: String, moneyCompact: String, rate: (r: number | null) => String(r) };
const names = { new: 'new', expansion: 'expansion', reactivation: 'reactivation', contraction: 'contraction', churn: 'churn', netNew: 'net' };

function period(movements: PeriodMetrics['movements']): PeriodMetrics {
  return { movements } as PeriodMetrics;
}

describe('revenue chart options', () => {
  it('draws new, expansion and reactivation above zero and contraction and churn below (metrics README waterfall identity)', () => {
    // mrrStart 100,000 + new 30,000 + expansion 5,000 + reactivation 0 − contraction 2,000 − churn 20,000 = 113,000: net new 13,000.
    const option = waterfallOption(['Apr'], [period({ new: 30000, expansion: 5000, reactivation: 0, contraction: 2000, churn: 20000, netNew: 13000 })], names, f);
    const data = Object.fromEntries(option.series.map((s) => [s.id, s.data]));
    expect(data).toEqual({ new: [30000], expansion: [5000], reactivation: [0], contraction: [-2000], churn: [-20000], netNew: [13000] });
  });

  it('puts the newest cohort on top and leaves undefined retention blank rather than zero', () => {
    const rows = [
      { cohort: '2025-04', accounts: 2, startingMrr: 100, cells: [{ offset: 0, month: '2025-04', payingAccounts: 2, mrr: 100, logoRetention: 1, mrrRetention: 1 }] },
      { cohort: '2025-05', accounts: 1, startingMrr: 50, cells: [{ offset: 0, month: '2025-05', payingAccounts: 1, mrr: 50, logoRetention: null, mrrRetention: null }] },
    ];
    const option = cohortHeatmapOption(rows, 'mrr', (c) => c, String, f);
    expect(option.yAxis.data).toEqual(['2025-05', '2025-04']);
    expect(option.series[0]?.data).toEqual([[0, 0, '-'], [0, 1, 1]]);
  });
});
