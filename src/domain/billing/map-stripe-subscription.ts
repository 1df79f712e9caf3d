/**
 * A Stripe subscription, as carried by a customer.subscription.* event, mapped to Kizuna
 * subscription lines: one line per subscription item, identified as `${subscription}:${item}`
 * so the lines of one Stripe subscription can be found together (an item removed from it is
 * a line cancelled). Works on both payload shapes: the billing period is read from the item
 * (API 2025-03-31.basil and later) or else from the subscription (earlier versions).
 *
 * Dates are UTC days. A cancelled line is recorded as the metrics engine reads it
 * (domain/metrics/line-schedule.ts): a cancelled state from the day Stripe ended the
 * subscription, whose `endsOn` is the end of the service already paid for. With the default
 * churn recognition (reference/metrics.md, at the end of the paid period, ChartMogul) its MRR
 * stays until then — WE-03 step 4 — and with "at cancellation" it leaves on the day it ended.
 * `cancelledOn` keeps the day the customer asked (a scheduled cancellation's notice).
 */
import type { SubscriptionStatus } from '../subscriptions/mrr.js';
import type { LineState } from './line-snapshots.js';
import { discountShareOf } from './stripe-discounts.js';
import {
  customerIdOf, utcDateOfUnix, type StripeDiscountRef, type StripePrice, type StripeSubscription,
} from './stripe-objects.js';
import { linePriceOf, type LinePrice } from './stripe-price.js';
import { lineStatusOf, statusBeforeCancellation } from './stripe-status.js';

export interface MappedLine {
  itemId: string;
  externalId: string;
  product: string | null;
  state: LineState;
  /** the day the item started, as Stripe knows it (never after the event) */
  startedOn: string;
}

export interface MappedSubscription {
  subscriptionId: string;
  customerId: string;
  /** the day of the event: when the reported state holds from */
  eventOn: string;
  status: SubscriptionStatus;
  lines: MappedLine[];
  /** false when Stripe cut the item list short: unlisted items are then not taken as removed */
  allItemsListed: boolean;
  /** when cancelled: the day Stripe ended it — the cancelled state holds from then */
  endedOn: string | null;
  /** when cancelled: the end of the service already paid for (the cancelled state's endsOn) */
  paidUntil: string | null;
  /** the day the customer asked to cancel (scheduled or done), else null */
  cancelledOn: string | null;
  /** for a line first seen already cancelled: its status before (null: it never became a customer) */
  statusBefore: SubscriptionStatus | null;
  warnings: string[];
}

export type SubscriptionMapping =
  | { ok: true; value: MappedSubscription }
  | { ok: false; reason: string; subscriptionId: string; customerId: string };

export interface EventContext {
  /** event.created, Unix seconds */
  created: number;
  /** data.previous_attributes.status, when the event changed the status */
  previousStatus?: unknown;
}

export function lineExternalId(subscriptionId: string, itemId: string): string {
  return `${subscriptionId}:${itemId}`;
}

export function mapStripeSubscription(sub: StripeSubscription, event: EventContext): SubscriptionMapping {
  const ids = { subscriptionId: sub.id, customerId: customerIdOf(sub) };
  const mapped = lineStatusOf(sub);
  if ('skip' in mapped) return { ok: false, reason: mapped.skip, ...ids };
  const status = mapped.status;
  const eventOn = utcDateOfUnix(event.created);
  const warnings: string[] = [];
  const priced: Array<{ item: StripeSubscription['items']['data'][number]; price: LinePrice }> = [];
  for (const item of sub.items.data) {
    const result = linePriceOf(item);
    if (result.ok) priced.push({ item, price: result.price });
    else warnings.push(`item ${item.id} ${result.reason}; left out`);
  }
  const periodEnds = priced.map(({ item }) => item.current_period_end ?? sub.current_period_end).filter((t): t is number => typeof t === 'number');
  const endedOn = status === 'cancelled' ? utcDateOfUnix(sub.ended_at ?? event.created) : null;
  const paidUntil = endedOn === null ? null : paidUntilOf(sub, endedOn, periodEnds);

  const currency = priced[0]?.price.currency ?? '';
  const invoiceTotal = priced.filter((p) => p.price.currency === currency).reduce((sum, p) => sum + p.price.invoiceAmount, 0);
  const shared = discountShareOf(subscriptionDiscounts(sub), invoiceTotal, currency);
  warnings.push(...shared.warnings);

  const lines = priced.map(({ item, price }): MappedLine => {
    const own = discountShareOf(item.discounts ?? [], price.invoiceAmount, price.currency);
    warnings.push(...own.warnings);
    const periodEnd = item.current_period_end ?? sub.current_period_end;
    const started = event.previousStatus === 'incomplete' ? eventOn : utcDateOfUnix(item.created ?? sub.start_date ?? sub.created);
    return {
      itemId: item.id,
      externalId: lineExternalId(sub.id, item.id),
      product: productOf(item.price!),
      startedOn: started < eventOn ? started : eventOn,
      state: {
        plan: planOf(item.price!), quantity: price.quantity, unitPrice: price.unitPrice, currency: price.currency,
        billingInterval: price.billingInterval, intervalCount: price.intervalCount,
        discountPercent: stack(shared.percent, own.percent), status,
        endsOn: paidUntil ?? (periodEnd ? utcDateOfUnix(periodEnd) : null),
      },
    };
  });
  return {
    ok: true,
    value: {
      ...ids, eventOn, status, lines, endedOn, paidUntil, warnings,
      allItemsListed: sub.items.has_more !== true,
      cancelledOn: sub.canceled_at ? utcDateOfUnix(sub.canceled_at) : status === 'cancelled' ? eventOn : null,
      statusBefore: status === 'cancelled' ? statusBeforeCancellation(sub, event.created) : null,
    },
  };
}

/**
 * Cancelled (canceled): paid until the later of the day it ended and the end of the period
 * Stripe last billed. Unpaid or expired: until the day it ended, as that period went unpaid.
 */
function paidUntilOf(sub: StripeSubscription, endedOn: string, periodEnds: number[]): string {
  if (sub.status !== 'canceled' || periodEnds.length === 0) return endedOn;
  const paidUntil = utcDateOfUnix(Math.max(...periodEnds));
  return paidUntil > endedOn ? paidUntil : endedOn;
}

/** Subscription-level discounts. Before basil the one discount is both `discount` and an id in `discounts`. */
function subscriptionDiscounts(sub: StripeSubscription): StripeDiscountRef[] {
  const list: StripeDiscountRef[] = sub.discount ? [sub.discount] : [];
  const seen = new Set<string>(sub.discount?.id ? [sub.discount.id] : []);
  for (const discount of sub.discounts ?? []) {
    const id = typeof discount === 'string' ? discount : discount.id;
    if (id && seen.has(id)) continue;
    if (id) seen.add(id);
    list.push(discount);
  }
  return list;
}

/** Two discounts one after the other, as a percentage with two decimals. */
function stack(a: number, b: number): number {
  return Math.round((1 - (1 - a / 100) * (1 - b / 100)) * 10000) / 100;
}

/** The plan as people name it: the price's nickname, else its lookup key, product name, product id, price id. */
function planOf(price: StripePrice): string {
  const productName = typeof price.product === 'object' && price.product ? price.product.name : null;
  return price.nickname || price.lookup_key || productName || productOf(price) || price.id;
}

function productOf(price: StripePrice): string | null {
  if (!price.product) return null;
  return typeof price.product === 'string' ? price.product : price.product.name || price.product.id;
}
