/** The shape of GET /handoffs/report (handoff-report.ts). */
import { z } from '@hono/zod-openapi';

const rate = z.number().nullable();

export const HandoffReportQuery = z.object({
  from: z.iso.date().optional().openapi({ description: 'window start; default the start of the month 11 months before `to`' }),
  to: z.iso.date().optional().openapi({ description: 'window end, inclusive; default today' }),
  format: z.enum(['json', 'csv']).optional(),
});

export const HandoffReportSchema = z.object({
  currency: z.string(),
  from: z.string(),
  to: z.string(),
  months: z.number(),
  bands: z.array(z.object({
    band: z.enum(['low', 'medium', 'high', 'none']),
    min: z.number().nullable(),
    max: z.number().nullable(),
    accounts: z.number(),
    averageCompleteness: z.number().nullable(),
    payingAccountsStart: z.number(),
    mrrStart: z.number(),
    mrr: z.number(),
    churnedAccounts: z.number(),
    monthlyRevenueChurn: rate.openapi({ description: 'gross MRR churn over the window, compounded to a month' }),
    logoChurnRate: rate,
    nrr: rate.openapi({ description: 'net revenue retention over the window of the accounts paying at its start' }),
    grr: rate,
  })),
  tooRecent: z.number().openapi({ description: 'handoffs submitted in the window or later: left out' }),
  comparison: z.object({ churnRatio: rate, nrrDifference: rate }),
  reference: z.object({
    source: z.object({ id: z.string(), name: z.object({ ja: z.string(), en: z.string() }), year: z.number(), region: z.string() }),
    insufficientShareOfCs: z.number(),
    churnAtLeast2PctMonthly: z.object({ insufficient: z.number(), ratio: z.number(), sufficient: z.number(), sufficientDerived: z.boolean() }),
    nrrAtLeast100Pct: z.object({ sufficient: z.number(), ratio: z.number(), insufficient: z.number(), insufficientDerived: z.boolean() }),
    gapPoints: z.object({ goals: z.number(), decisionMaker: z.number(), stakeholders: z.number() }),
  }),
}).openapi('HandoffReport');
