/**
 * The parts of Stripe's event and subscription objects that Kizuna reads, as Zod schemas
 * (the types are inferred from them). Lenient where Stripe's API versions differ:
 * - before 2025-03-31.basil the billing period is on the subscription
 *   (`current_period_start/end`); from basil on it is on each item;
 * - before basil a subscription has one expanded `discount`; from basil on only `discounts`,
 *   which webhooks send as ids; from 2025-09-30.clover a discount's coupon sits under `source`.
 * Unknown fields are dropped; the raw payload is kept separately when needed.
 */
import { z } from 'zod';

const UnixTime = z.number().int().nonnegative();
const Id = z.string().min(1);

export const StripeCoupon = z.object({
  id: z.string().nullish(),
  percent_off: z.number().min(0).max(100).nullish(),
  /** minor units of `currency` */
  amount_off: z.number().int().nonnegative().nullish(),
  currency: z.string().nullish(),
  /** forever | repeating | once */
  duration: z.string().nullish(),
});
export type StripeCoupon = z.infer<typeof StripeCoupon>;

export const StripeDiscount = z.object({
  id: z.string().nullish(),
  coupon: StripeCoupon.nullish(),
  source: z.object({ coupon: z.union([Id, StripeCoupon]).nullish() }).nullish(),
});
export type StripeDiscount = z.infer<typeof StripeDiscount>;

/** A discount as a subscription or item lists it: an id, or the object when expanded. */
export const StripeDiscountRef = z.union([Id, StripeDiscount]);
export type StripeDiscountRef = z.infer<typeof StripeDiscountRef>;

export const StripePrice = z.object({
  id: Id,
  nickname: z.string().nullish(),
  lookup_key: z.string().nullish(),
  product: z.union([Id, z.object({ id: Id, name: z.string().nullish() })]).nullish(),
  currency: z.string().length(3),
  /** minor units (JPY: yen, USD: cents); null for tiered prices */
  unit_amount: z.number().int().nullish(),
  unit_amount_decimal: z.string().nullish(),
  billing_scheme: z.string().nullish(),
  recurring: z.object({
    interval: z.enum(['day', 'week', 'month', 'year']),
    interval_count: z.number().int().positive().default(1),
    usage_type: z.string().nullish(),
  }).nullish(),
  transform_quantity: z.object({ divide_by: z.number().int().positive(), round: z.enum(['up', 'down']) }).nullish(),
});
export type StripePrice = z.infer<typeof StripePrice>;

export const StripeSubscriptionItem = z.object({
  id: Id,
  created: UnixTime.nullish(),
  quantity: z.number().int().nonnegative().nullish(),
  price: StripePrice.nullish(),
  current_period_start: UnixTime.nullish(),
  current_period_end: UnixTime.nullish(),
  discounts: z.array(StripeDiscountRef).nullish(),
});
export type StripeSubscriptionItem = z.infer<typeof StripeSubscriptionItem>;

export const StripeSubscription = z.object({
  id: Id,
  object: z.literal('subscription'),
  customer: z.union([Id, z.object({ id: Id })]),
  status: z.string(),
  created: UnixTime,
  start_date: UnixTime.nullish(),
  current_period_start: UnixTime.nullish(),
  current_period_end: UnixTime.nullish(),
  cancel_at_period_end: z.boolean().nullish(),
  cancel_at: UnixTime.nullish(),
  canceled_at: UnixTime.nullish(),
  ended_at: UnixTime.nullish(),
  trial_end: UnixTime.nullish(),
  pause_collection: z.object({ behavior: z.string().nullish() }).nullish(),
  discount: StripeDiscount.nullish(),
  discounts: z.array(StripeDiscountRef).nullish(),
  items: z.object({ data: z.array(StripeSubscriptionItem), has_more: z.boolean().nullish() }),
});
export type StripeSubscription = z.infer<typeof StripeSubscription>;

export const StripeEvent = z.object({
  id: Id,
  type: Id,
  created: UnixTime,
  api_version: z.string().nullish(),
  data: z.object({
    object: z.record(z.string(), z.unknown()),
    previous_attributes: z.record(z.string(), z.unknown()).nullish(),
  }),
});
export type StripeEvent = z.infer<typeof StripeEvent>;

/** The event types that change subscription lines; every other type is recorded and ignored. */
export const SUBSCRIPTION_EVENT_TYPES = [
  'customer.subscription.created', 'customer.subscription.updated', 'customer.subscription.deleted',
] as const;

export function isSubscriptionEventType(type: string): boolean {
  return (SUBSCRIPTION_EVENT_TYPES as readonly string[]).includes(type);
}

/** The customer id of a subscription, whether Stripe sent it as an id or expanded. */
export function customerIdOf(subscription: Pick<StripeSubscription, 'customer'>): string {
  return typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
}

/** The date part of a Unix time, in UTC ('YYYY-MM-DD'). */
export function utcDateOfUnix(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
