/** Zod schemas of the backtest endpoint. */
import { z } from '@hono/zod-openapi';
import { Band, ScorecardDefinition } from './schema.js';

export const BacktestInput = z.object({
  asOf: z.iso.date().openapi({ description: 'the past day to score accounts as they stood' }),
  horizonDays: z.number().int().min(30).max(730).default(180),
  scorecardId: z.uuid().optional(),
}).openapi('BacktestInput');

const Rate = z.number();

export const Backtest = z.object({
  asOf: z.string(), end: z.string(), horizonDays: z.number().int(),
  scorecard: z.object({ id: z.uuid(), name: z.string(), version: z.number().int(), definition: ScorecardDefinition }).nullable(),
  accounts: z.number().int(), unscored: z.number().int(),
  outcomes: z.object({ churned: z.number().int(), contracted: z.number().int(), retained: z.number().int(), expanded: z.number().int() }),
  churnRate: Rate,
  auc: z.number().nullable(),
  roc: z.array(z.object({ fpr: Rate, tpr: Rate, threshold: z.number().nullable() })),
  bands: z.array(z.object({
    band: Band, accounts: z.number().int(), churned: z.number().int(), contracted: z.number().int(), churnRate: Rate, lift: z.number().nullable(),
  })),
  redLift: z.number().nullable(),
  fit: z.object({
    heldOutAuc: z.number().nullable(), currentHeldOutAuc: z.number().nullable(), suggestedHeldOutAuc: z.number().nullable(),
    l2: z.number().nullable(), trainAccounts: z.number().int(), testAccounts: z.number().int(), testChurned: z.number().int(), reason: z.string().nullable(),
    weights: z.array(z.object({
      measureId: z.string(), label: z.string(), currentWeight: Rate, suggestedWeight: Rate, logOddsPer10Points: z.number(),
    })),
    suggested: ScorecardDefinition.nullable(),
  }),
}).openapi('Backtest');
