import { describe, expect, it } from 'vitest';
import { mergeSnapshots, type LineState, type StoredSnapshot } from './line-snapshots.js';
import { planLineWrite } from './plan-line-write.js';

// Silver and Gold from WE-03 (ChartMogul's subscription lifecycle walkthrough), in cents.
const gold: LineState = {
  plan: 'Gold', quantity: 4, unitPrice: 50000, currency: 'USD', billingInterval: 'year', intervalCount: 1,
  discountPercent: 0, status: 'active', endsOn: '2027-01-01',
};
const stored = (id: string, effectiveOn: string, order: number, state: LineState, kind = 'changed'): StoredSnapshot =>
  ({ id, effectiveOn, order, kind, state });

describe('mergeSnapshots', () => {
  it('records a new line\'s first state as created', () => {
    const merged = mergeSnapshots([], [{ effectiveOn: '2026-01-01', order: 1, state: gold }], { dedupeSameDay: false });
    expect(merged.inserts).toEqual([{ effectiveOn: '2026-01-01', order: 1, kind: 'created', state: gold, before: null }]);
    expect(merged.latest?.state).toEqual(gold);
  });

  it('drops a snapshot equal to the state already in force', () => {
    const history = [stored('e1', '2026-01-01', 1, gold, 'created')];
    expect(mergeSnapshots(history, [{ effectiveOn: '2026-03-01', order: 5, state: gold }], { dedupeSameDay: false }).inserts).toEqual([]);
  });

  it('places a late delivery between the states it happened between, without touching the later one', () => {
    const six = { ...gold, quantity: 6 };
    const history = [stored('e1', '2026-01-01', 100, gold, 'created'), stored('e3', '2026-05-01', 300, { ...gold, quantity: 8 })];
    const merged = mergeSnapshots(history, [{ effectiveOn: '2026-03-01', order: 200, state: six }], { dedupeSameDay: false });
    expect(merged.inserts).toEqual([{ effectiveOn: '2026-03-01', order: 200, kind: 'changed', state: six, before: gold }]);
    expect(merged.latest?.state.quantity).toBe(8);
    expect(merged.relabels).toEqual([]);
  });

  it('orders two changes of one day by when they happened, not when they arrived', () => {
    const history = [stored('e1', '2026-01-01', 100, gold, 'created'), stored('e2', '2026-03-01', 900, { ...gold, quantity: 9 })];
    const merged = mergeSnapshots(history, [{ effectiveOn: '2026-03-01', order: 500, state: { ...gold, quantity: 5 } }], { dedupeSameDay: false });
    expect(merged.latest?.state.quantity).toBe(9);
  });

  it('cancels a removed item from the state in force, its service ending that day', () => {
    const merged = mergeSnapshots([stored('e1', '2026-01-01', 1, gold, 'created')], [{ effectiveOn: '2026-06-10', order: 2, cancel: true }], { dedupeSameDay: false });
    expect(merged.inserts[0]).toMatchObject({ kind: 'cancelled', state: { ...gold, status: 'cancelled', endsOn: '2026-06-10' } });
    expect(merged.cancelledSince).toBe('2026-06-10');
  });

  it('ignores a removal dated before the line existed', () => {
    const merged = mergeSnapshots([stored('e1', '2026-05-01', 10, gold, 'created')], [{ effectiveOn: '2026-04-01', order: 5, cancel: true }], { dedupeSameDay: false });
    expect(merged.inserts).toEqual([]);
  });

  it('with same-day dedupe, skips a state already recorded on that day even when another followed it', () => {
    const cancelled = { ...gold, status: 'cancelled' as const };
    const history = [stored('e1', '2026-01-01', 1, gold, 'created'), stored('e2', '2026-01-01', 2, cancelled, 'cancelled')];
    const incoming = [{ effectiveOn: '2026-01-01', order: 3, state: gold }];
    expect(mergeSnapshots(history, incoming, { dedupeSameDay: true }).inserts).toEqual([]);
    expect(mergeSnapshots(history, incoming, { dedupeSameDay: false }).inserts).toHaveLength(1);
  });

  it('relabels the old first state as a change when earlier history is added before it', () => {
    const history = [stored('e1', '2026-06-01', 10, gold, 'created')];
    const merged = mergeSnapshots(history, [{ effectiveOn: '2026-01-01', order: 20, state: { ...gold, quantity: 2 } }], { dedupeSameDay: true });
    expect(merged.inserts[0]?.kind).toBe('created');
    expect(merged.relabels).toEqual([{ id: 'e1', kind: 'changed' }]);
    expect(merged.firstOn).toBe('2026-01-01');
  });
});

describe('planLineWrite', () => {
  const line = { startedOn: '2026-01-01', cancelledOn: null, product: 'prod_gold', state: gold, history: [stored('e1', '2026-01-01', 100, gold, 'created')] };

  it('writes nothing when nothing is new', () => {
    const plan = planLineWrite({ stored: line, incoming: [{ effectiveOn: '2026-02-01', order: 200, state: gold }], dedupeSameDay: false, product: 'prod_gold', cancelledOn: null });
    expect(plan).toEqual({ inserts: [], relabels: [], line: null });
  });

  it('records a notice of cancellation on the line alone', () => {
    const plan = planLineWrite({ stored: line, incoming: [{ effectiveOn: '2026-09-10', order: 200, state: gold }], dedupeSameDay: false, cancelledOn: '2026-09-10' });
    expect(plan.inserts).toEqual([]);
    expect(plan.line).toMatchObject({ state: gold, cancelledOn: '2026-09-10' });
  });

  it('lets an older delivery add history but not overwrite newer line fields', () => {
    const newer = { ...line, product: 'prod_gold_v2', history: [...line.history, stored('e2', '2026-05-01', 500, { ...gold, quantity: 6 })], state: { ...gold, quantity: 6 } };
    const plan = planLineWrite({ stored: newer, incoming: [{ effectiveOn: '2026-03-01', order: 300, state: { ...gold, quantity: 5 } }], dedupeSameDay: false, product: 'prod_gold_v1' });
    expect(plan.inserts).toHaveLength(1);
    expect(plan.line).toMatchObject({ product: 'prod_gold_v2', state: { quantity: 6 } });
  });

  it('dates a cancellation from the history when no notice date is given', () => {
    const plan = planLineWrite({ stored: line, incoming: [{ effectiveOn: '2026-12-31', order: 900, state: { ...gold, status: 'cancelled' } }], dedupeSameDay: true });
    expect(plan.line?.cancelledOn).toBe('2026-12-31');
  });
});
