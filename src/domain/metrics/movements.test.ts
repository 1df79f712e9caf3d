/**
 * MRR movements per account (reference/metrics.md: "movement level", "new", "expansion",
 * "contraction", "churn", "reactivation") and the period figures built on them.
 */
import { describe, expect, it } from 'vitest';
import { cancelEvent, lineEvent, reportOf } from './history-factory.js';

const jan = { from: '2025-01-01', to: '2025-01-31' };
const month = (events: Parameters<typeof reportOf>[0], options: Parameters<typeof reportOf>[3] = {}) =>
  reportOf(events, jan.from, jan.to, options).metrics[0]!;

describe('movements', () => {
  it('nets same-day changes of one account into one movement (a downgrade and an upgrade → one expansion of 500)', () => {
    const events = [
      lineEvent('s1', 'a', '2024-12-01', 3_000), lineEvent('s2', 'a', '2024-12-01', 2_000),
      lineEvent('s1', 'a', '2025-01-10', 2_000), lineEvent('s2', 'a', '2025-01-10', 3_500),
    ];
    expect(month(events).movements).toMatchObject({ expansion: 500, contraction: 0 });
    expect(month(events).movementAccounts.expansion).toBe(1);
  });

  it('counts a trial converting to paid as new business, not reactivation', () => {
    const events = [lineEvent('s', 'a', '2024-12-01', 0, { status: 'trial' }), lineEvent('s', 'a', '2025-01-05', 5_000)];
    expect(month(events).movements).toMatchObject({ new: 5_000, reactivation: 0 });
  });

  it('counts a pause as churn and the resumption as reactivation (a paused line earns 0)', () => {
    const events = [
      lineEvent('s', 'a', '2024-12-01', 5_000), lineEvent('s', 'a', '2025-01-05', 5_000, { status: 'paused' }), lineEvent('s', 'a', '2025-01-25', 5_000),
    ];
    expect(month(events).movements).toMatchObject({ churn: 5_000, reactivation: 5_000 });
  });

  it('treats a return within the reactivation gap as never having left: contraction then expansion, still paying', () => {
    const events = [lineEvent('s', 'a', '2024-12-01', 5_000), cancelEvent('s', 'a', '2025-01-05', null), lineEvent('t', 'a', '2025-01-25', 6_000)];
    const bridged = month(events, { settings: { reactivationGapDays: 30 } });
    expect(bridged.movements).toMatchObject({ churn: 0, reactivation: 0, contraction: 5_000, expansion: 6_000 });
    expect(bridged.logoChurnRate).toBe(0);
    const plain = month(events);
    expect(plain.movements).toMatchObject({ churn: 5_000, reactivation: 6_000, contraction: 0, expansion: 0 });
    expect(plain.logoChurnRate).toBe(1);
  });

  it('keeps churn and reactivation when the return comes after the gap', () => {
    const events = [lineEvent('s', 'a', '2024-11-01', 5_000), cancelEvent('s', 'a', '2024-12-01', null), lineEvent('t', 'a', '2025-01-25', 6_000)];
    expect(month(events, { settings: { reactivationGapDays: 30 } }).movements).toMatchObject({ reactivation: 6_000, expansion: 0 });
  });

  it('counts a subscription cancelled while another stays as contraction', () => {
    const events = [lineEvent('s1', 'a', '2024-12-01', 3_000), lineEvent('s2', 'a', '2024-12-01', 2_000), cancelEvent('s2', 'a', '2025-01-10', null)];
    expect(month(events).movements).toMatchObject({ contraction: 2_000, churn: 0 });
  });
});

describe('retention figures', () => {
  it('leaves new and reactivated MRR out of period NRR, and counts a start account only until it churns', () => {
    const events = [
      lineEvent('a', 'a', '2024-12-01', 1_000), cancelEvent('a', 'a', '2025-01-05', null), lineEvent('a2', 'a', '2025-01-10', 3_000),
      lineEvent('b', 'b', '2024-12-01', 1_000),
      lineEvent('n', 'n', '2025-01-10', 9_000),
    ];
    const m = month(events);
    // start 2,000; a churns 1,000 then returns (reactivation, left out); b stays: NRR = 1,000 / 2,000
    expect(m.nrr).toBeCloseTo(0.5, 12);
    expect(m.grr).toBeCloseTo(0.5, 12);
    expect(m.retention).toEqual({ rate: 1, count: 2, amount: 1_000 });
  });

  it('reads 12-month cohort NRR and GRR against the MRR of a year before (前年同月顧客の当月MRR ÷ 前年同月顧客のMRR)', () => {
    const events = [
      lineEvent('a', 'a', '2024-01-01', 100), lineEvent('a', 'a', '2024-06-01', 150),
      lineEvent('b', 'b', '2024-01-01', 100), cancelEvent('b', 'b', '2024-08-01', null),
      lineEvent('c', 'c', '2024-03-01', 500),
    ];
    const m = month(events);
    expect(m.nrr12m).toBeCloseTo(150 / 200, 12);
    expect(m.grr12m).toBeCloseTo(100 / 200, 12);
    expect(m.logoRetention12m).toBeCloseTo(0.5, 12);
  });

  it('measures the simple-form lifetime from the accounts that have left (90 paid days ≈ 2.96 months)', () => {
    const events = [lineEvent('a', 'a', '2024-10-01', 1_000), cancelEvent('a', 'a', '2024-12-30', null), lineEvent('b', 'b', '2024-10-01', 2_000)];
    const m = month(events);
    expect(m.averageLifetimeMonths).toBeCloseTo(90 / (365 / 12), 9);
    expect(m.ltvSimple).toBeCloseTo(2_000 * (90 / (365 / 12)), 6);
  });
});

describe('renewals', () => {
  it('counts terms reaching their end: renewed flat, downgraded, upgraded (capped at the old price), not renewed', () => {
    const term = { endsOn: '2025-01-15' };
    const events = [
      lineEvent('a', 'a', '2024-01-15', 1_000, term),
      lineEvent('b', 'b', '2024-01-15', 1_000, term), lineEvent('b', 'b', '2025-01-15', 800, { endsOn: '2026-01-15' }),
      lineEvent('c', 'c', '2024-01-15', 1_000, term), lineEvent('c', 'c', '2025-01-15', 1_200, { endsOn: '2026-01-15' }),
      lineEvent('d', 'd', '2024-01-15', 1_000, term), cancelEvent('d', 'd', '2024-11-01', '2025-01-15'),
    ];
    for (const churnRecognition of ['period_end', 'cancellation'] as const) {
      const m = month(events, { settings: { churnRecognition } });
      expect(m.renewal).toEqual({ logoRate: 0.75, grossDollarRate: 0.7, accountsUp: 4, accountsRenewed: 3, valueUp: 4_000, valueRenewed: 2_800 });
    }
  });
});

describe('segments', () => {
  it('splits every figure by an account field, an empty field being a value of its own', () => {
    const events = [lineEvent('a', 'a', '2024-12-01', 1_000), lineEvent('b', 'b', '2025-01-10', 2_000), lineEvent('c', 'c', '2025-01-10', 4_000)];
    const r = reportOf(events, jan.from, jan.to, { segments: new Map([['a', 'Pro'], ['b', 'Pro'], ['c', null]]) });
    expect(r.segments?.map((s) => [s.value, s.metrics[0]?.mrr, s.metrics[0]?.movements.new])).toEqual([[null, 4_000, 4_000], ['Pro', 3_000, 2_000]]);
    expect(r.metrics[0]?.mrr).toBe(7_000);
  });
});
