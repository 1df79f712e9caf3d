/**
 * Planning a subscriptions row. Idempotency key: the line's external id (contract or
 * billing-system id) — required on every row. The account is found by its external id.
 * Money is read once the line's currency is known (the row's, else the stored line's,
 * else the workspace's base currency), and MRR is derived as everywhere else (mrr.ts).
 */
import { parseAmount } from '../money/currency.js';
import { monthlyRecurringRevenue } from '../subscriptions/mrr.js';
import type { LineState } from '../subscriptions/line-state.js';
import type { RowIssue } from './import-kinds.js';
import { mergeRecord, planOf, type RowPlan } from './plan-record.js';
import type { ParsedRow, RowSchema } from './row-schema.js';

export interface SubscriptionRecord extends Record<string, unknown>, LineState {
  externalId: string;
  accountId: string;
  product: string | null;
  startedOn: string;
  cancelledOn: string | null;
  /** derived: MRR in the line's currency, minor units */
  mrr: number;
}

export interface StoredSubscription extends SubscriptionRecord {
  id: string;
}

export interface SubscriptionLookup {
  accountIds: ReadonlyMap<string, string>;
  existing: ReadonlyMap<string, StoredSubscription>;
  baseCurrency: string;
  /** currencies the workspace can convert into its base currency (the base and those with a rate) */
  ratedCurrencies: ReadonlySet<string>;
  /** 'YYYY-MM-DD' of the run: when a line that becomes cancelled without a date was cancelled */
  today: string;
  newId(): string;
}

type Provided = Partial<SubscriptionRecord> & { accountExternalId?: string; unitPriceText?: string };

export function planSubscriptionRow(schema: RowSchema, parsed: ParsedRow, lookup: SubscriptionLookup): RowPlan<SubscriptionRecord> {
  if (parsed.issues.length > 0) return { row: parsed.row, issues: parsed.issues };
  const { accountExternalId, unitPriceText, ...provided } = parsed.values as Provided;
  const issue = (field: string, code: RowIssue['code'], message: string): RowIssue =>
    ({ row: parsed.row, column: schema.headerOf(field), code, message });
  const accountId = lookup.accountIds.get(accountExternalId ?? '');
  if (!accountId) {
    return { row: parsed.row, issues: [issue('accountExternalId', 'unknown_account', `no account has the external id "${accountExternalId}"; import accounts first`)] };
  }
  const existing = lookup.existing.get(provided.externalId ?? '') ?? null;
  const currency = provided.currency ?? existing?.currency ?? lookup.baseCurrency;
  const unitPrice = unitPriceText === undefined ? existing?.unitPrice ?? null : parseAmount(unitPriceText, currency);
  const issues: RowIssue[] = [];
  if (unitPrice === null) issues.push(issue('unitPrice', 'invalid_amount', `"${unitPriceText}" has more decimals than ${currency} allows`));
  const base: SubscriptionRecord = existing ? stripId(existing) : {
    externalId: '', accountId, product: null, plan: '', quantity: 1, unitPrice: 0, currency, billingInterval: 'month',
    intervalCount: 1, discountPercent: 0, status: 'active', startedOn: '', endsOn: null, cancelledOn: null, mrr: 0,
  };
  const merged = mergeRecord<SubscriptionRecord>(base, { ...provided, accountId, currency, unitPrice: unitPrice ?? 0 }, {});
  settleDependentFields(merged, provided, existing, lookup.today);
  if (provided.currency && !lookup.ratedCurrencies.has(currency)) {
    issues.push(issue('currency', 'invalid_value', `no exchange rate from ${currency} to ${lookup.baseCurrency}; add one in Settings → Workspace first`));
  }
  if (merged.billingInterval === 'multi_year' && merged.intervalCount < 2) {
    issues.push(issue(schema.headerOf('intervalCount') ? 'intervalCount' : 'billingInterval', 'invalid_value', 'a multi-year term needs its number of years (2 or more)'));
  }
  if (merged.endsOn && merged.endsOn < merged.startedOn) {
    issues.push(issue(provided.endsOn ? 'endsOn' : 'startedOn', 'invalid_date', `the end date ${merged.endsOn} is before the start date ${merged.startedOn}`));
  }
  if (merged.cancelledOn && merged.cancelledOn < merged.startedOn) {
    issues.push(issue(provided.cancelledOn ? 'cancelledOn' : 'startedOn', 'invalid_date', `the cancellation date ${merged.cancelledOn} is before the start date ${merged.startedOn}`));
  }
  if (issues.length > 0) return { row: parsed.row, issues };
  const next = { ...merged, mrr: monthlyRecurringRevenue(merged) };
  return planOf(parsed.row, next.externalId, existing, next, lookup.newId);
}

/**
 * The fields that follow others, as the subscriptions API keeps them: leaving a multi-year
 * term resets the year count to 1, and a line that becomes cancelled without a date was
 * cancelled on the run date (a live line again loses its date) — unless the row gives them.
 */
function settleDependentFields(next: SubscriptionRecord, provided: Provided, existing: StoredSubscription | null, today: string): void {
  if (next.billingInterval !== 'multi_year' && provided.intervalCount === undefined) next.intervalCount = 1;
  if (provided.cancelledOn !== undefined) return;
  const was = existing?.status ?? null;
  if (next.status === 'cancelled' && was !== 'cancelled' && next.cancelledOn === null) next.cancelledOn = existing ? today : next.endsOn ?? today;
  if (next.status !== 'cancelled' && was === 'cancelled') next.cancelledOn = null;
}

function stripId({ id: _id, ...rest }: StoredSubscription): SubscriptionRecord {
  return rest;
}
