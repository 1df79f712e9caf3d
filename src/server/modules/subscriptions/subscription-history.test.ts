import { describe, expect, it } from 'vitest';
import { buildSubscriptionEvent, eventKindOf, type SubscriptionState } from './subscription-events.js';
import { placeChange, type HistoryEvent } from './subscription-history.js';

const state = (over: Partial<SubscriptionState> = {}): SubscriptionState => ({
  plan: 'Pro', quantity: 4, unitPrice: 10_000, currency: 'JPY', billingInterval: 'month', intervalCount: 1,
  discountPercent: 10, status: 'active', endsOn: null, ...over,
});
const event = (id: string, effectiveOn: string, over: Partial<SubscriptionState> = {}): HistoryEvent =>
  ({ id, effectiveOn, ...state(over) });

describe('buildSubscriptionEvent', () => {
  it('records the full state and its MRR (WE-03 step 1, ChartMogul walkthrough: 4 × Gold $500/year → 166.67)', () => {
    const line = { workspaceId: 'w', id: 's', accountId: 'a', ...state({ quantity: 4, unitPrice: 50_000, currency: 'USD', billingInterval: 'year', discountPercent: 0 }) };
    const row = buildSubscriptionEvent(line, { kind: 'created', effectiveOn: '2026-01-01', source: 'import', recordedAt: new Date(0) });
    expect(row).toMatchObject({ subscriptionId: 's', accountId: 'a', kind: 'created', source: 'import', quantity: 4, mrr: 16_667 });
  });

  it('calls a change to cancelled a cancellation, and any other change a change', () => {
    expect(eventKindOf(null, state())).toBe('created');
    expect(eventKindOf(state(), state({ status: 'cancelled' }))).toBe('cancelled');
    expect(eventKindOf(state({ status: 'cancelled' }), state({ status: 'cancelled', quantity: 1 }))).toBe('changed');
  });
});

describe('placeChange', () => {
  const history = [event('jan', '2026-01-01'), event('mar', '2026-03-01', { quantity: 6 })];

  it('applies an everyday change to the current state', () => {
    const placed = placeChange(history, state({ quantity: 6 }), '2026-04-15', { quantity: 8 });
    expect(placed?.before.quantity).toBe(6);
    expect(placed?.after.quantity).toBe(8);
    expect(placed?.changes).toEqual({ quantity: [6, 8] });
    expect(placed?.corrected).toEqual([]);
    expect(placed?.latest.quantity).toBe(8);
  });

  it('changes nothing when the values already hold on that date', () => {
    expect(placeChange(history, state({ quantity: 6 }), '2026-04-15', { quantity: 6, plan: 'Pro' })).toBeNull();
  });

  it('carries a back-dated correction forward through later events that did not change the same field', () => {
    const placed = placeChange(history, state({ quantity: 6 }), '2026-02-01', { discountPercent: 0 });
    expect(placed?.before).toEqual(state());
    expect(placed?.after).toEqual(state({ discountPercent: 0 }));
    expect(placed?.corrected).toEqual([{ id: 'mar', state: state({ quantity: 6, discountPercent: 0 }) }]);
    expect(placed?.latest).toEqual(state({ quantity: 6, discountPercent: 0 }));
  });

  it('stops carrying a field at the first later event that changed it itself', () => {
    const placed = placeChange(history, state({ quantity: 6 }), '2026-02-15', { quantity: 5 });
    expect(placed?.after.quantity).toBe(5);
    expect(placed?.corrected).toEqual([]);
    expect(placed?.latest.quantity).toBe(6);
  });

  it('places a change dated on the same day as an event after it', () => {
    const placed = placeChange(history, state({ quantity: 6 }), '2026-03-01', { quantity: 7 });
    expect(placed?.before.quantity).toBe(6);
    expect(placed?.corrected).toEqual([]);
  });
});
