/** HTTP shapes of the touch model: tiers, their rules and cadences, overrides, preview, report. */
import { z } from '@hono/zod-openapi';
import { AccountRule } from '../../../domain/journey/account-rule.js';
import { MAX_CADENCE_DAYS, TIER_KEY_PATTERN } from '../../../domain/tiers/tier-model.js';

const cadence = z.number().int().min(1).max(MAX_CADENCE_DAYS).nullable();
const rule = AccountRule.openapi({ description: 'conditions on account facts, all must hold (domain/journey/account-rule.ts); ignored for the default tier' });

export const TierFields = z.object({
  key: z.string().regex(TIER_KEY_PATTERN, 'lower-case letters, digits, _ or -, up to 40 characters')
    .openapi({ description: 'stable key stored in accounts.touch_tier; fixed once created' }),
  name: z.string().trim().min(1, 'name is required').max(80),
  description: z.string().trim().max(500).nullable().optional(),
  rule: rule.default({ all: [] }),
  meetingEveryDays: cadence.default(null).openapi({ description: 'a meeting or call is due this many days after the last one' }),
  reviewEveryDays: cadence.default(null).openapi({ description: 'a business review (QBR) is due this many days after the last one' }),
  automatedOnly: z.boolean().default(false).openapi({ description: 'automated touches only: no meeting or review cadence' }),
  isDefault: z.boolean().default(false).openapi({ description: 'the tier of every account no rule matches; exactly one' }),
});

function checkCadence(t: { automatedOnly?: boolean; meetingEveryDays?: number | null; reviewEveryDays?: number | null }, ctx: z.RefinementCtx) {
  if (t.automatedOnly && (t.meetingEveryDays != null || t.reviewEveryDays != null)) {
    ctx.addIssue({ code: 'custom', path: ['automatedOnly'], message: 'an automated-only tier has no meeting or review cadence' });
  }
}

export const CreateTierInput = TierFields.superRefine(checkCadence).openapi('CreateTierInput');
export type CreateTierInput = z.infer<typeof CreateTierInput>;

export const UpdateTierInput = TierFields.omit({ key: true }).partial().superRefine(checkCadence).openapi('UpdateTierInput');
export type UpdateTierInput = z.infer<typeof UpdateTierInput>;

export const ReorderTiersInput = z.object({ ids: z.array(z.uuid()).min(1).max(50) }).openapi('ReorderTiersInput');

export const Tier = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  rule: AccountRule,
  isDefault: z.boolean(),
  meetingEveryDays: z.number().int().nullable(),
  reviewEveryDays: z.number().int().nullable(),
  automatedOnly: z.boolean(),
  accounts: z.number().int().openapi({ description: 'accounts now in this tier' }),
  overrides: z.number().int().openapi({ description: 'of them, placed here by a CSM override' }),
  updatedAt: z.string(),
}).openapi('TouchTier');

export const TierList = z.object({ tiers: z.array(Tier) }).openapi('TouchTierList');

export const TierWrite = z.object({ tier: Tier, moved: z.number().int().openapi({ description: 'accounts whose tier changed' }) })
  .openapi('TouchTierWrite');

export const PreviewTiersInput = z.object({
  tiers: z.array(z.object({
    key: z.string(), name: z.string().optional(), rule: AccountRule, isDefault: z.boolean(),
  })).min(1).max(50).openapi({ description: 'the whole draft list, in the order tiers are tried' }),
}).openapi('PreviewTiersInput');

export const TierPreview = z.object({
  accounts: z.number().int(),
  moving: z.number().int().openapi({ description: 'accounts that would change tier' }),
  transitions: z.array(z.object({ from: z.string().nullable(), to: z.string().nullable(), count: z.number().int(), arr: z.number() })),
  perTier: z.array(z.object({ key: z.string(), before: z.number().int(), after: z.number().int() })),
  sample: z.array(z.object({ accountId: z.uuid(), name: z.string(), from: z.string().nullable(), to: z.string().nullable(), arr: z.number() })),
  currency: z.string(),
}).openapi('TouchTierPreview');

export const OverrideInput = z.object({
  tierKey: z.string().min(1),
  reason: z.string().trim().min(1, 'a reason is required').max(500),
}).openapi('TierOverrideInput');

const Overdue = z.object({ kind: z.enum(['meeting', 'review']), lastAt: z.string().nullable(), dueOn: z.string(), daysOverdue: z.number().int() });

export const AccountTier = z.object({
  accountId: z.uuid(),
  tierKey: z.string().nullable(),
  tierName: z.string().nullable(),
  source: z.enum(['override', 'rule', 'default']).nullable(),
  ruleTierKey: z.string().nullable().openapi({ description: 'the tier the rules alone would give' }),
  override: z.object({ tierKey: z.string(), reason: z.string(), setBy: z.string().nullable(), setByName: z.string().nullable(), setAt: z.string() }).nullable(),
  cadence: z.object({ meetingEveryDays: z.number().nullable(), reviewEveryDays: z.number().nullable(), automatedOnly: z.boolean() }).nullable(),
  lastTouchAt: z.string().nullable(),
  lastReviewAt: z.string().nullable(),
  overdue: Overdue.nullable(),
  tiers: z.array(z.object({ key: z.string(), name: z.string() })),
}).openapi('AccountTier');

const Tally = z.object({ accounts: z.number().int(), arr: z.number(), overdue: z.number().int() });

export const TouchReport = z.object({
  today: z.string(),
  currency: z.string(),
  totals: Tally,
  tiers: z.array(Tally.extend({ key: z.string().nullable(), name: z.string().nullable(), meetingEveryDays: z.number().nullable(), reviewEveryDays: z.number().nullable(), automatedOnly: z.boolean() })),
  owners: z.array(Tally.extend({
    ownerId: z.string().nullable(), ownerName: z.string().nullable(),
    byTier: z.record(z.string(), Tally),
  })),
  overdue: z.array(Overdue.extend({
    accountId: z.uuid(), name: z.string(), ownerId: z.string().nullable(), ownerName: z.string().nullable(), tierKey: z.string(), arr: z.number(),
  })),
}).openapi('TouchModelReport');

export const ReportQuery = z.object({ format: z.enum(['json', 'csv']).default('json'), table: z.enum(['tiers', 'owners', 'overdue']).default('overdue') });
