import type { BillingInterval, SubscriptionStatus } from './mrr.js';

/**
 * The state of a subscription line that moves MRR or the renewal date: what every dated
 * history row records, and what the API, the imports, the Stripe mapping and the web app share.
 */
export interface LineState {
  plan: string;
  quantity: number;
  /** minor units of `currency`, for one billing period and one unit */
  unitPrice: number;
  currency: string;
  billingInterval: BillingInterval;
  intervalCount: number;
  discountPercent: number;
  status: SubscriptionStatus;
  /** end of the current term ('YYYY-MM-DD'); for a cancelled line, the end of its paid service */
  endsOn: string | null;
}
