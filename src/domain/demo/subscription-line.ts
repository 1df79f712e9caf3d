/**
 * One subscription line as it lives through the simulation. Every change is written as an
 * event holding the line's full state from its effective date (the subscription_events
 * contract); two changes on one day collapse into one event, so a line never has two states
 * for the same date. The final row is, by construction, the last event's state.
 */
import { isRevenueStatus, monthlyRecurringRevenue } from '../subscriptions/mrr.js';
import type { IsoDate } from './calendar.js';
import type { DemoLineState, DemoSubscription, DemoSubscriptionEvent, SubscriptionEventKind } from './demo-types.js';
import type { Random } from './random.js';

export type LineTerms = Omit<DemoLineState, 'mrr'>;

export class SubscriptionLine {
  readonly events: DemoSubscriptionEvent[] = [];
  cancelledOn: IsoDate | null = null;

  constructor(
    readonly id: string,
    readonly accountId: string,
    readonly externalId: string,
    private readonly ids: Random,
  ) {}

  /** Open the line with its first state. */
  static open(ids: Random, accountId: string, externalId: string, on: IsoDate, terms: LineTerms): SubscriptionLine {
    const line = new SubscriptionLine(ids.uuid(), accountId, externalId, ids);
    line.record(on, 'created', terms);
    return line;
  }

  get state(): DemoLineState {
    const last = this.events[this.events.length - 1];
    if (!last) throw new Error('a subscription line has no state before its first event');
    return stateOf(last);
  }

  get startedOn(): IsoDate {
    return this.events[0]?.effectiveOn ?? '';
  }

  get lastChangedOn(): IsoDate {
    return this.events[this.events.length - 1]?.effectiveOn ?? '';
  }

  get isLive(): boolean {
    return this.events.length > 0 && isRevenueStatus(this.state.status);
  }

  /** Apply a change from `on`; the kind is 'created' for the first event. */
  change(on: IsoDate, patch: Partial<LineTerms>, kind: SubscriptionEventKind = 'changed'): void {
    this.record(on, kind, { ...this.state, ...patch });
  }

  /** End the line on `on` (the end of its paid period); without an earlier notice, that day counts as the notice. */
  cancel(on: IsoDate): void {
    this.cancelledOn ??= on;
    this.change(on, { status: 'cancelled', endsOn: on }, 'cancelled');
  }

  private record(on: IsoDate, kind: SubscriptionEventKind, terms: LineTerms): void {
    const state: DemoLineState = { ...stripMrr(terms), mrr: monthlyRecurringRevenue(terms) };
    const last = this.events[this.events.length - 1];
    if (last && on < last.effectiveOn) throw new RangeError(`line ${this.id}: ${on} is before ${last.effectiveOn}`);
    if (last && on === last.effectiveOn) {
      const mergedKind: SubscriptionEventKind = last.kind === 'created' ? 'created' : kind;
      this.events[this.events.length - 1] = { ...last, ...state, kind: mergedKind };
      return;
    }
    this.events.push({ id: this.ids.uuid(), subscriptionId: this.id, accountId: this.accountId, effectiveOn: on, kind, ...state });
  }

  toSubscription(): DemoSubscription {
    return {
      id: this.id, accountId: this.accountId, externalId: this.externalId, ...this.state,
      startedOn: this.startedOn, cancelledOn: this.cancelledOn, updatedOn: this.lastChangedOn,
    };
  }
}

function stripMrr(terms: LineTerms & { mrr?: number }): LineTerms {
  const { mrr: _ignored, ...rest } = terms;
  return rest;
}

export function stateOf(event: DemoSubscriptionEvent): DemoLineState {
  return {
    product: event.product, plan: event.plan, quantity: event.quantity, unitPrice: event.unitPrice,
    currency: event.currency, billingInterval: event.billingInterval, intervalCount: event.intervalCount,
    discountPercent: event.discountPercent, status: event.status, endsOn: event.endsOn, mrr: event.mrr,
  };
}
