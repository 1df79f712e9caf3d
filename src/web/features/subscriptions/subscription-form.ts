/** The subscription form's values (money in major units as typed) and the API shape (minor units). */
import type { BillingInterval, SubscriptionStatus } from '../../../domain/subscriptions/mrr';
import type { Subscription, SubscriptionInput } from '../../api/types';
import { toMajor, toMinor, todayIso } from '../../lib/format';

export interface SubscriptionFormValues {
  plan: string;
  product: string;
  quantity: number;
  unitPrice: number;
  currency: string;
  billingInterval: BillingInterval;
  intervalCount: number;
  discountPercent: number;
  status: SubscriptionStatus;
  startedOn: string | null;
  endsOn: string | null;
  externalId: string;
  effectiveOn: string | null;
}

export function subscriptionFormValues(subscription: Subscription | null, baseCurrency: string): SubscriptionFormValues {
  const currency = subscription?.currency ?? baseCurrency;
  return {
    plan: subscription?.plan ?? '',
    product: subscription?.product ?? '',
    quantity: subscription?.quantity ?? 1,
    unitPrice: subscription ? toMajor(subscription.unitPrice, currency) : 0,
    currency,
    billingInterval: subscription?.billingInterval ?? 'month',
    intervalCount: subscription?.intervalCount ?? 1,
    discountPercent: subscription?.discountPercent ?? 0,
    status: subscription?.status ?? 'active',
    startedOn: subscription?.startedOn ?? todayIso(),
    endsOn: subscription?.endsOn ?? null,
    externalId: subscription?.externalId ?? '',
    effectiveOn: todayIso(),
  };
}

export function toSubscriptionInput(values: SubscriptionFormValues, editing: boolean): SubscriptionInput {
  return {
    plan: values.plan.trim(),
    product: values.product.trim() || null,
    quantity: values.quantity,
    unitPrice: toMinor(values.unitPrice, values.currency),
    currency: values.currency,
    billingInterval: values.billingInterval,
    intervalCount: values.intervalCount,
    discountPercent: values.discountPercent,
    status: values.status,
    startedOn: values.startedOn ?? todayIso(),
    endsOn: values.endsOn,
    externalId: values.externalId.trim() || null,
    ...(editing && values.effectiveOn ? { effectiveOn: values.effectiveOn } : {}),
  };
}
