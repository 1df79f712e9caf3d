/**
 * When an account was a customer, read back from its subscription lines: the runs of days on
 * which at least one line was in trial or paying. A churned account's run ends on the day its
 * last line was cancelled (the end of its paid period); a comeback opens a new run. Usage and
 * sentiments happen only inside these runs.
 */
import { addDays, type IsoDate } from './calendar.js';
import type { DemoSubscription, DemoSubscriptionEvent } from './demo-types.js';

export interface CustomerSpan {
  from: IsoDate;
  /** the first day no longer a customer; null while still one */
  until: IsoDate | null;
}

export interface CustomerLife {
  spans: CustomerSpan[];
  /**
   * Days the account stops (or will stop) being a customer: the end of every closed span, and,
   * when notice has been given on every live line, the day it takes effect.
   */
  churnDays: IsoDate[];
}

/** A line counts from its first event until an event sets it to cancelled. */
function isCustomerStatus(status: DemoSubscriptionEvent['status']): boolean {
  return status !== 'cancelled';
}

export function customerLife(events: readonly DemoSubscriptionEvent[], lines: readonly DemoSubscription[]): CustomerLife {
  const days = [...new Set(events.map((e) => e.effectiveOn))].sort();
  const latest = new Map<string, DemoSubscriptionEvent>();
  const byDay = new Map<IsoDate, DemoSubscriptionEvent[]>();
  for (const e of events) byDay.set(e.effectiveOn, [...(byDay.get(e.effectiveOn) ?? []), e]);
  const spans: CustomerSpan[] = [];
  let open: IsoDate | null = null;
  for (const day of days) {
    for (const e of byDay.get(day) ?? []) latest.set(e.subscriptionId, e);
    const live = [...latest.values()].some((e) => isCustomerStatus(e.status));
    if (live && open === null) open = day;
    if (!live && open !== null) {
      spans.push({ from: open, until: day });
      open = null;
    }
  }
  if (open !== null) spans.push({ from: open, until: null });
  const churnDays = spans.flatMap((s) => (s.until ? [s.until] : []));
  const pending = pendingChurn(lines);
  if (pending && spans[spans.length - 1]?.until === null) churnDays.push(pending);
  return { spans, churnDays };
}

/** Notice on every live line: the account leaves at the latest term end (a month after notice without a term). */
function pendingChurn(lines: readonly DemoSubscription[]): IsoDate | null {
  const live = lines.filter((l) => isCustomerStatus(l.status));
  if (live.length === 0 || live.some((l) => l.cancelledOn === null)) return null;
  return live.map((l) => l.endsOn ?? addDays(l.cancelledOn ?? l.startedOn, 30)).sort().pop() ?? null;
}
