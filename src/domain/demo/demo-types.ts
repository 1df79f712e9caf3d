/**
 * What the demo generator produces: plain rows shaped like Kizuna's tables (camelCase, money in
 * minor units, dates 'YYYY-MM-DD', instants as ISO strings with an offset), plus the hidden
 * per-account truth that later simulations (usage, surveys, handoffs) read to stay consistent.
 */
import type { ContactChannel, ContactLevel, ContactRole, SizeBand } from '../accounts/fields.js';
import type { Role } from '../people/roles.js';
import type { BillingInterval, SubscriptionStatus } from '../subscriptions/mrr.js';
import type { IsoDate } from './calendar.js';

export interface DemoOptions {
  seed: number;
  /** the last day of the simulated history */
  today: IsoDate;
  /** accounts to generate; 500 by default */
  accountCount?: number;
}

export interface DemoMember {
  /** the user id; the loader keeps the admin's own id from workspace creation */
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface DemoAccount {
  id: string;
  name: string;
  nameReading: string;
  externalId: string;
  /** billing customer (cus_…); null for prospects, who are not in billing yet */
  billingId: string | null;
  /** product-side group id, what usage events will carry; null for prospects */
  productId: string | null;
  industry: string;
  sizeBand: SizeBand;
  useCase: string;
  plan: string | null;
  region: string;
  ownerId: string | null;
  /** when the account was entered (the sales handoff), before its first subscription */
  createdAt: string;
}

export interface DemoContact {
  id: string;
  accountId: string;
  name: string;
  nameReading: string;
  email: string;
  phone: string | null;
  title: string;
  level: ContactLevel;
  role: ContactRole;
  notes: string | null;
  cadenceDays: number | null;
  channel: ContactChannel | null;
  createdAt: string;
}

/** The state of a subscription line, as both tables store it. */
export interface DemoLineState {
  product: string;
  plan: string;
  quantity: number;
  unitPrice: number;
  currency: 'JPY' | 'USD';
  billingInterval: BillingInterval;
  intervalCount: number;
  discountPercent: number;
  status: SubscriptionStatus;
  endsOn: IsoDate | null;
  /** monthlyRecurringRevenue of this state, in the line's currency */
  mrr: number;
}

export type SubscriptionEventKind = 'created' | 'changed' | 'cancelled';

export interface DemoSubscriptionEvent extends DemoLineState {
  id: string;
  subscriptionId: string;
  accountId: string;
  effectiveOn: IsoDate;
  kind: SubscriptionEventKind;
}

export interface DemoSubscription extends DemoLineState {
  id: string;
  accountId: string;
  externalId: string;
  startedOn: IsoDate;
  /** the day the customer gave notice; the line stays active until endsOn */
  cancelledOn: IsoDate | null;
  /** the date of the line's last event */
  updatedOn: IsoDate;
}

export type DemoActivityKind = 'note' | 'meeting' | 'call' | 'email' | 'system';

export interface DemoActivity {
  id: string;
  accountId: string;
  contactId: string | null;
  kind: DemoActivityKind;
  occurredAt: string;
  authorId: string | null;
  subject: string | null;
  body: string | null;
  /** system entries only, e.g. 'account.created' */
  event: string | null;
}

/** The hidden facts about one account that drove its history. */
export interface AccountTruth {
  accountId: string;
  /** 0–1, three decimals (the demo_truth column) */
  trueHealth: number;
  /** the day MRR first became positive; null for prospects and open trials */
  firstPaidOn: IsoDate | null;
  /** the last day account MRR fell to zero, when it is zero today */
  churnedOn: IsoDate | null;
  /** days on which the account came back after churning */
  reactivatedOn: IsoDate[];
  /** seats on the main line today (0 when not paying) */
  seats: number;
  /** account MRR today in JPY */
  mrrJpy: number;
}

/**
 * A product user (usage_users): the account's contacts first, then people who only use the
 * product. `accountId` is not stored (the table keys users by group id); null for trial sign-ups
 * whose group matches no account.
 */
export interface DemoProductUser {
  userId: string;
  accountId: string | null;
  groupId: string;
  contactId: string | null;
  email: string;
  name: string;
}

/** One row of usage_user_days: what one user did on one UTC day. */
export interface DemoUserDay {
  accountId: string;
  day: IsoDate;
  userId: string;
  events: number;
  /** sum of the events' properties.duration */
  durationSeconds: number;
  /** instants of the user's first and last event that day */
  firstAt: string;
  lastAt: string;
}

/** One row of usage_event_days: how often one event name occurred at one account on one UTC day. */
export interface DemoEventDay {
  accountId: string;
  day: IsoDate;
  event: string;
  count: number;
}

/** A raw Segment-style track call (usage_events); only the last seven days, plus unmatched trial sign-ups. */
export interface DemoUsageEvent {
  /** demo-<seed>-<n>, unique and stable */
  messageId: string;
  event: string;
  userId: string;
  groupId: string;
  /** null when the group matches no account (the "unmatched" view) */
  accountId: string | null;
  occurredAt: string;
  /** seconds spent, also sent as properties.duration; null for sign-ins */
  durationSeconds: number | null;
}

export interface DemoUsage {
  users: DemoProductUser[];
  userDays: DemoUserDay[];
  eventDays: DemoEventDay[];
  events: DemoUsageEvent[];
}

/** A CSM's judgement of an account (csm_sentiments): 1 very poor … 5 very good, with a reason in Japanese. */
export interface DemoSentiment {
  id: string;
  accountId: string;
  value: number;
  reason: string;
  authorId: string | null;
  createdAt: string;
}

export interface DemoWorkspace {
  seed: number;
  today: IsoDate;
  workspaceName: string;
  baseCurrency: 'JPY';
  fiscalYearStartMonth: number;
  exchangeRates: Record<string, number>;
  password: string;
  admin: DemoMember;
  members: DemoMember[];
  accounts: DemoAccount[];
  contacts: DemoContact[];
  subscriptions: DemoSubscription[];
  subscriptionEvents: DemoSubscriptionEvent[];
  activities: DemoActivity[];
  truth: AccountTruth[];
  /** product usage over the last 365 days, driven by truth (generate-usage.ts) */
  usage: DemoUsage;
  sentiments: DemoSentiment[];
}
