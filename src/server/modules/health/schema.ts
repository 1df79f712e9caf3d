/**
 * Zod schemas of the health API: the scorecard definition (groups nest three deep: the
 * overall group, its groups, and their groups), rules, scores with their explanation,
 * sentiment, the backtest. Types are inferred from these, never written twice.
 */
import { z } from '@hono/zod-openapi';
import { RULE_FIELDS } from '../../../domain/health/scorecard.js';

const id = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _ only.');
const label = z.string().trim().min(1).max(120);
const weight = z.number().min(0).max(1000);
const windowDays = z.number().int().min(1).max(366);

const MeasureSource = z.discriminatedUnion('type', [
  z.object({ type: z.literal('logins'), windowDays }),
  z.object({ type: z.literal('events'), windowDays, event: z.string().trim().max(200).nullish() }),
  z.object({ type: z.literal('usage_time'), windowDays }),
  z.object({ type: z.literal('active_user_ratio'), windowDays }),
  z.object({ type: z.literal('active_users'), windowDays }),
  z.object({ type: z.literal('feature_breadth'), windowDays }),
  z.object({ type: z.literal('trend'), windowDays, of: z.enum(['events', 'active_users', 'usage_time', 'logins']) }),
  z.object({ type: z.literal('survey'), metric: z.enum(['nps', 'csat']) }),
  z.object({ type: z.literal('support_load'), windowDays, event: z.string().trim().max(200).nullish(), field: z.string().trim().max(60).nullish() }),
  z.object({ type: z.literal('sentiment') }),
  z.object({ type: z.literal('days_to_renewal') }),
  z.object({ type: z.literal('account_field'), field: z.string().trim().min(1).max(60) }),
  z.object({ type: z.literal('goal_progress') }),
  z.object({ type: z.literal('overdue_reviews') }),
]);

const Normalizer = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('threshold'),
    steps: z.array(z.object({ min: z.number(), points: z.number().min(0).max(100) })).min(1).max(20),
    below: z.number().min(0).max(100),
  }),
  z.object({ type: z.literal('range'), low: z.number(), high: z.number(), invert: z.boolean().optional() }),
  z.object({ type: z.literal('percentile'), invert: z.boolean().optional() }),
]);

const MeasureNode = z.object({ kind: z.literal('measure'), id, label, weight, source: MeasureSource, normalize: Normalizer });
const InnerGroup = z.object({ kind: z.literal('group'), id, label, weight, children: z.array(MeasureNode).min(1).max(30) });
const MiddleGroup = z.object({
  kind: z.literal('group'), id, label, weight,
  children: z.array(z.discriminatedUnion('kind', [MeasureNode, InnerGroup])).min(1).max(30),
});
const RootGroup = z.object({
  kind: z.literal('group'), id, label, weight,
  children: z.array(z.discriminatedUnion('kind', [MeasureNode, MiddleGroup])).min(1).max(30),
});

export const ScorecardDefinition = z.object({
  bands: z.object({ red: z.number().min(0).max(100), green: z.number().min(0).max(100) }),
  root: RootGroup,
}).openapi('ScorecardDefinition');

export const ScorecardRule = z.object({
  conditions: z.array(z.object({ field: z.enum(RULE_FIELDS), values: z.array(z.string().trim().min(1)).min(1).max(100) })).max(10),
}).openapi('ScorecardRule');

export const ScorecardInput = z.object({
  name: z.string().trim().min(1).max(120),
  rule: ScorecardRule.default({ conditions: [] }),
  definition: ScorecardDefinition,
  note: z.string().trim().max(500).optional(),
}).openapi('ScorecardInput');
export type ScorecardInput = z.infer<typeof ScorecardInput>;

// Spelled out rather than ScorecardInput.partial(): a partial keeps the rule's default and
// would silently clear the rule of every edit that does not send one.
export const ScorecardUpdate = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  rule: ScorecardRule.optional(),
  definition: ScorecardDefinition.optional(),
  note: z.string().trim().max(500).optional(),
  position: z.number().int().min(0).max(1000).optional(),
}).openapi('ScorecardUpdate');
export type ScorecardUpdate = z.infer<typeof ScorecardUpdate>;

export const Scorecard = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.number().int(),
  isDefault: z.boolean(),
  rule: ScorecardRule,
  version: z.number().int(),
  definition: ScorecardDefinition,
  updatedAt: z.string(),
  accounts: z.number().int().openapi({ description: 'accounts this scorecard scores now' }),
}).openapi('Scorecard');

export const ScorecardVersion = z.object({
  version: z.number().int(), definition: ScorecardDefinition, note: z.string().nullable(),
  createdBy: z.string().nullable(), createdAt: z.string(),
}).openapi('ScorecardVersion');

const MeasureExplanation = z.object({
  id: z.string(), label: z.string(), value: z.number().nullable(), points: z.number().nullable(), weight: z.number(),
  contribution: z.number(), shortfall: z.number(), path: z.array(z.string()),
});

export const HealthExplanation = z.object({
  measures: z.array(MeasureExplanation),
  groups: z.record(z.string(), z.number().nullable()),
  pullingDown: z.array(z.string()),
}).openapi('HealthExplanation');

export const Band = z.enum(['red', 'yellow', 'green']);

export const AccountHealth = z.object({
  accountId: z.uuid(),
  score: z.number().nullable(),
  band: Band.nullable(),
  scorecard: z.object({ id: z.uuid(), name: z.string(), version: z.number().int() }),
  computedAt: z.string(),
  trend: z.object({ delta7: z.number().nullable(), delta30: z.number().nullable() }),
  explanation: HealthExplanation,
  sentiment: z.object({ value: z.number().int(), reason: z.string(), on: z.string(), stale: z.boolean() }).nullable(),
}).openapi('AccountHealth');

export const HistoryQuery = z.object({
  days: z.coerce.number().int().min(7).max(730).default(180),
});

export const HealthHistory = z.object({
  items: z.array(z.object({ day: z.string(), score: z.number().nullable(), band: Band.nullable(), version: z.number().int() })),
}).openapi('HealthHistory');

export const SentimentInput = z.object({
  value: z.number().int().min(1).max(5),
  reason: z.string().trim().min(1, 'Say why: a sentiment needs a reason.').max(2000),
}).openapi('SentimentInput');

export const Sentiment = z.object({
  id: z.uuid(), value: z.number().int(), reason: z.string(), authorId: z.string().nullable(), createdAt: z.string(),
}).openapi('Sentiment');

export const PreviewResult = z.object({
  accounts: z.number().int(),
  changed: z.number().int(),
  transitions: z.array(z.object({ from: Band.nullable(), to: Band.nullable(), count: z.number().int() })),
  changes: z.array(z.object({
    accountId: z.uuid(), name: z.string(), from: Band.nullable(), to: Band.nullable(),
    scoreBefore: z.number().nullable(), scoreAfter: z.number().nullable(),
  })),
}).openapi('ScorecardPreview');

export const DistributionQuery = z.object({
  days: z.coerce.number().int().min(7).max(730).default(180),
});

export const Distribution = z.object({
  items: z.array(z.object({ day: z.string(), red: z.number().int(), yellow: z.number().int(), green: z.number().int(), none: z.number().int() })),
  current: z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), none: z.number().int() }),
}).openapi('HealthDistribution');

export const RecomputeResult = z.object({ accounts: z.number().int(), tookMs: z.number().int() }).openapi('RecomputeResult');
