/**
 * What a subscription line must satisfy beyond the request schema: a currency the workspace
 * can convert into its base currency, a term that ends after it starts, and a year count
 * only on multi-year terms. Each rule names the field at fault.
 */
import type { FieldIssue } from '../../errors.js';
import { isSupportedCurrency } from '../../../domain/money/currency.js';
import type { SubscriptionRow, WorkspaceMoney } from './store.js';

export type RequestedLine = Pick<SubscriptionRow,
  'currency' | 'billingInterval' | 'intervalCount' | 'startedOn' | 'endsOn' | 'cancelledOn'>;

/**
 * Issues with `line` as it would be stored. `touched` lists the fields the request sent, so a
 * rule about a stored value nobody is changing (say a rate removed since) never blocks an edit.
 */
export function checkSubscriptionLine(line: RequestedLine, touched: ReadonlySet<string>, money: WorkspaceMoney): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (touched.has('currency')) issues.push(...checkCurrency(line.currency, money));
  if (line.endsOn !== null && line.endsOn < line.startedOn && (touched.has('endsOn') || touched.has('startedOn'))) {
    issues.push({ path: 'endsOn', message: `must be on or after the start date ${line.startedOn}` });
  }
  if (line.cancelledOn !== null && line.cancelledOn < line.startedOn && (touched.has('cancelledOn') || touched.has('startedOn'))) {
    issues.push({ path: 'cancelledOn', message: `must be on or after the start date ${line.startedOn}` });
  }
  if (touched.has('billingInterval') || touched.has('intervalCount')) {
    if (line.billingInterval === 'multi_year' && line.intervalCount < 2) {
      issues.push({ path: 'intervalCount', message: 'a multi-year term needs its number of years (2 or more)' });
    }
    if (line.billingInterval !== 'multi_year' && line.intervalCount !== 1) {
      issues.push({ path: 'intervalCount', message: 'only multi_year terms have a year count; use 1' });
    }
  }
  return issues;
}

function checkCurrency(currency: string, money: WorkspaceMoney): FieldIssue[] {
  if (!isSupportedCurrency(currency)) return [{ path: 'currency', message: `${currency} is not a supported currency` }];
  if (currency === money.baseCurrency || money.exchangeRates[currency] !== undefined) return [];
  return [{
    path: 'currency',
    message: `no exchange rate from ${currency} to ${money.baseCurrency}; add one in Settings → Workspace → Exchange rates first`,
  }];
}

/** The date part of an instant, in UTC: the default date of a change. */
export function utcDateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
