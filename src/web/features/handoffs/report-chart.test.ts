import { describe, expect, it } from 'vitest';
import { handoffReportOption } from './report-chart';
import type { HandoffReportBand } from '../../api/handoffs';

const band = (b: HandoffReportBand['band'], churn: number | null, nrr: number | null): HandoffReportBand => ({
  band: b, min: null, max: null, accounts: 1, averageCompleteness: null, payingAccountsStart: 1, mrrStart: 1, mrr: 1, churnedAccounts: 0,
  monthlyRevenueChurn: churn, logoChurnRate: null, nrr, grr: null,
});

describe('handoff report chart', () => {
  it('plots churn and NRR in percent with one decimal, keeping undefined rates as gaps', () => {
    const option = handoffReportOption([band('low', 0.026330, 0.794377), band('medium', null, null)], { band: (b) => b, churn: 'churn', nrr: 'nrr' });
    expect(option.xAxis.data).toEqual(['low', 'medium']);
    expect(option.series[0]?.data).toEqual([2.6, null]);
    expect(option.series[1]?.data).toEqual([79.4, null]);
  });
});
