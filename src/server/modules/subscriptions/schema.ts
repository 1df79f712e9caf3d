/** HTTP shapes of subscription lines and their dated history (SPEC §2 "subscription"). */
import { z } from '@hono/zod-openapi';
import { BILLING_INTERVALS, SUBSCRIPTION_STATUSES } from '../../../domain/subscriptions/mrr.js';
import { SUBSCRIPTION_EVENT_KINDS } from './subscription-events.js';

const isoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2026-04-01' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const SubscriptionFields = z.object({
  externalId: optionalText(120).openapi({ description: 'billing-system id (e.g. Stripe si_… or a contract number); imports upsert by it' }),
  product: optionalText(200),
  plan: z.string().trim().min(1, 'plan is required').max(200),
  quantity: z.number().int().min(1).max(10_000_000).optional().openapi({ description: 'seats or units; default 1' }),
  unitPrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
    .openapi({ description: 'price of one unit for one billing period, in minor units of the currency (JPY: yen; USD: cents)' }),
  currency: z.string().trim().regex(/^[A-Za-z]{3}$/, 'a three-letter currency code').optional()
    .openapi({ description: 'ISO 4217 code; default: the workspace base currency' }),
  billingInterval: z.enum(BILLING_INTERVALS).optional().openapi({ description: 'default month' }),
  intervalCount: z.number().int().min(1).max(10).optional()
    .openapi({ description: 'years per term for multi_year (2 or more); 1 for every other interval' }),
  discountPercent: z.number().min(0).max(100).multipleOf(0.01).optional().openapi({ description: 'recurring discount, 0–100' }),
  status: z.enum(SUBSCRIPTION_STATUSES).optional().openapi({ description: 'default active' }),
  startedOn: isoDate.optional().openapi({ description: 'default: today (UTC)' }),
  endsOn: isoDate.nullable().optional().openapi({ description: 'end of the current term, i.e. the renewal date' }),
  cancelledOn: isoDate.nullable().optional().openapi({ description: 'defaults to the change date when the status becomes cancelled' }),
});

export const CreateSubscriptionInput = SubscriptionFields.extend({
  accountId: z.uuid(),
}).openapi('CreateSubscriptionInput');
export type CreateSubscriptionInput = z.infer<typeof CreateSubscriptionInput>;

export const UpdateSubscriptionInput = SubscriptionFields.partial().extend({
  effectiveOn: isoDate.optional().openapi({
    description: 'the date the change takes effect in the MRR history; default today (UTC). An earlier date corrects the history.',
  }),
}).openapi('UpdateSubscriptionInput');
export type UpdateSubscriptionInput = z.infer<typeof UpdateSubscriptionInput>;

export const Subscription = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  externalId: z.string().nullable(),
  product: z.string().nullable(),
  plan: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  currency: z.string(),
  billingInterval: z.enum(BILLING_INTERVALS),
  intervalCount: z.number().int(),
  discountPercent: z.number(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  startedOn: z.string(),
  endsOn: z.string().nullable(),
  cancelledOn: z.string().nullable(),
  mrr: z.number().int().openapi({ description: 'monthly recurring revenue of the line, minor units of its own currency' }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Subscription');
export type Subscription = z.infer<typeof Subscription>;

export const SubscriptionList = z.object({ items: z.array(Subscription) }).openapi('SubscriptionList');

export const SubscriptionEvent = z.object({
  id: z.uuid(),
  subscriptionId: z.uuid(),
  accountId: z.uuid(),
  effectiveOn: z.string(),
  kind: z.enum(SUBSCRIPTION_EVENT_KINDS),
  source: z.string().openapi({ description: 'where the change came from: api, import …' }),
  plan: z.string(),
  quantity: z.number().int(),
  unitPrice: z.number().int(),
  currency: z.string(),
  billingInterval: z.enum(BILLING_INTERVALS),
  intervalCount: z.number().int(),
  discountPercent: z.number(),
  status: z.enum(SUBSCRIPTION_STATUSES),
  endsOn: z.string().nullable(),
  mrr: z.number().int(),
  recordedAt: z.string(),
}).openapi('SubscriptionEvent');
export type SubscriptionEvent = z.infer<typeof SubscriptionEvent>;

export const SubscriptionEventList = z.object({ items: z.array(SubscriptionEvent) }).openapi('SubscriptionEventList');
