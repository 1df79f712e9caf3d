/**
 * Properties over thousands of random subscription histories (issue 3, "Correctness";
 * reference/metrics.md, "Invariant worth a property test"):
 *  - for every period and segment, MRR(end) − MRR(start) = new + expansion + reactivation − contraction − churn;
 *  - GRR ≤ NRR, period-based and 12-month cohort;
 *  - the sum over segments of every additive figure equals the total;
 *  - MRR at any period end equals a brute-force reading of the raw events.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTotals, type PeriodTotals } from './period-totals.js';
import { lineEvent, reportOf } from './history-factory.js';
import type { CurrencyContext, LineEvent } from './metric-inputs.js';
import { fromDayNumber, toDayNumber } from './day-numbers.js';
import type { Interval } from './periods.js';

const FIRST_DAY = toDayNumber('2023-01-01');
const SPAN_DAYS = 3 * 365;
const STATUSES = ['active', 'active', 'active', 'past_due', 'trial', 'paused', 'cancelled'];
const CURRENCY: CurrencyContext = {
  baseCurrency: 'JPY', fixedRates: { USD: 150 },
  datedRates: [{ currency: 'USD', validFrom: '2024-01-01', rate: 140 }, { currency: 'USD', validFrom: '2025-01-01', rate: 155.5 }],
};

const dateArb = fc.integer({ min: 0, max: SPAN_DAYS }).map((d) => fromDayNumber(FIRST_DAY + d));
const stateArb = fc.record({
  offset: fc.integer({ min: 0, max: 400 }),
  status: fc.constantFrom(...STATUSES),
  mrr: fc.integer({ min: 0, max: 60_000 }),
  endsIn: fc.option(fc.integer({ min: -30, max: 400 }), { nil: null }),
});
const lineArb = fc.record({
  start: dateArb,
  currency: fc.constantFrom('JPY', 'JPY', 'USD'),
  states: fc.array(stateArb, { minLength: 1, maxLength: 6 }),
});
const accountArb = fc.record({ lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }), segment: fc.constantFrom('x', 'y', null) });
const historyArb = fc.array(accountArb, { minLength: 1, maxLength: 6 });

interface RandomAccount {
  segment: string | null;
  lines: Array<{ start: string; currency: string; states: Array<{ offset: number; status: string; mrr: number; endsIn: number | null }> }>;
}

function eventsOf(accounts: readonly RandomAccount[], currencies: boolean): LineEvent[] {
  const events: LineEvent[] = [];
  accounts.forEach((account, a) => account.lines.forEach((line, l) => {
    let day = toDayNumber(line.start);
    for (const s of line.states) {
      day += s.offset;
      const endsOn = s.endsIn === null ? null : fromDayNumber(day + s.endsIn);
      events.push(lineEvent(`s${a}-${l}`, `a${a}`, fromDayNumber(day), s.mrr, {
        status: s.status, endsOn, currency: currencies ? line.currency : 'JPY',
      }));
    }
  }));
  return events;
}

const requestArb = fc.record({
  interval: fc.constantFrom<Interval>('month', 'quarter', 'fiscal_year', 'range'),
  from: dateArb,
  days: fc.integer({ min: 0, max: 900 }),
  recognition: fc.constantFrom('period_end' as const, 'cancellation' as const),
  gap: fc.constantFrom(0, 15, 60),
  fiscalStart: fc.integer({ min: 1, max: 12 }),
});

const TOTAL_KEYS = Object.keys(emptyTotals()) as Array<keyof PeriodTotals>;
const FLOAT_KEYS = new Set<keyof PeriodTotals>(['renewalValueUp', 'renewalValueRenewed']);

describe('metrics invariants over random histories', () => {
  it('balances MRR with its movements, keeps GRR ≤ NRR and sums segments to the total', () => {
    fc.assert(fc.property(historyArb, requestArb, (accounts, req) => {
      const segments = new Map(accounts.map((a, i) => [`a${i}`, a.segment]));
      const report = reportOf(eventsOf(accounts, true), req.from, fromDayNumber(toDayNumber(req.from) + req.days), {
        interval: req.interval, currency: CURRENCY, segments, fiscalYearStartMonth: req.fiscalStart,
        settings: { churnRecognition: req.recognition, reactivationGapDays: req.gap },
      });
      const series = [report.metrics, ...(report.segments ?? []).map((s) => s.metrics)];
      // Plain checks (not expect) keep thousands of runs fast; fast-check reports the failing case.
      for (const metrics of series) {
        for (const m of metrics) {
          const v = m.movements;
          check(m.mrr - m.mrrStart === v.new + v.expansion + v.reactivation - v.contraction - v.churn, 'MRR bridge', m);
          if (m.grr !== null && m.nrr !== null) check(m.grr <= m.nrr + 1e-12, 'GRR ≤ NRR', m);
          if (m.grr12m !== null && m.nrr12m !== null) check(m.grr12m <= m.nrr12m + 1e-12, '12-month GRR ≤ NRR', m);
        }
      }
      report.totals.forEach((total, i) => {
        const sum = emptyTotals();
        for (const s of report.segments ?? []) for (const k of TOTAL_KEYS) sum[k] += s.totals[i]?.[k] ?? 0;
        for (const k of TOTAL_KEYS) {
          const equal = FLOAT_KEYS.has(k) ? Math.abs(sum[k] - total[k]) < 1e-6 : sum[k] === total[k];
          check(equal, `segments sum to the total: ${k}`, { sum: sum[k], total: total[k] });
        }
      });
    }), { numRuns: 2000 });
  });

  it('reads the same MRR at every month end as a brute-force walk over the raw events', () => {
    fc.assert(fc.property(historyArb, fc.constantFrom('period_end' as const, 'cancellation' as const), (accounts, recognition) => {
      const events = eventsOf(accounts, false);
      const report = reportOf(events, '2023-01-01', '2026-12-31', { settings: { churnRecognition: recognition } });
      const lines = linesOf(events);
      report.periods.forEach((p, i) => {
        const expected = bruteForceMrr(lines, p.end, recognition);
        check(report.metrics[i]?.mrr === expected, `MRR at ${p.end}`, { engine: report.metrics[i]?.mrr, expected });
      });
    }), { numRuns: 1000 });
  });

  it('gives the same report when the rows of different lines come interleaved (sorted by date, not by line)', () => {
    fc.assert(fc.property(historyArb, (accounts) => {
      const events = eventsOf(accounts, true);
      const interleaved = [...events].sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
      const options = { currency: CURRENCY, interval: 'quarter' as const };
      const grouped = reportOf(events, '2023-01-01', '2026-12-31', options).totals;
      const other = reportOf(interleaved, '2023-01-01', '2026-12-31', options).totals;
      grouped.forEach((t, i) => {
        for (const k of TOTAL_KEYS) check(Math.abs(t[k] - (other[i]?.[k] ?? NaN)) < 1e-6, `same ${k}`, { grouped: t[k], interleaved: other[i]?.[k], i });
      });
    }), { numRuns: 300 });
  });

  it('fails loudly when a check fails (the checks above are live)', () => {
    expect(() => check(false, 'probe', {})).toThrow(/probe/);
  });
});

function check(ok: boolean, what: string, detail: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

function linesOf(events: readonly LineEvent[]): LineEvent[][] {
  const lines = new Map<string, LineEvent[]>();
  for (const e of events) lines.set(e.subscriptionId, [...(lines.get(e.subscriptionId) ?? []), e]);
  return [...lines.values()].map((list) => list.sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0)));
}

/** MRR at the end of `date`: for each line its last state on or before the date, read directly. */
function bruteForceMrr(lines: LineEvent[][], date: string, recognition: 'period_end' | 'cancellation'): number {
  let total = 0;
  for (const sorted of lines) {
    const upTo = sorted.filter((e) => e.effectiveOn <= date);
    const state = upTo[upTo.length - 1];
    if (!state) continue;
    if (state.status !== 'cancelled') total += state.mrr;
    else if (recognition === 'period_end' && state.endsOn !== null && state.endsOn > state.effectiveOn && state.endsOn > date) {
      const live = upTo.filter((e) => e.status !== 'cancelled');
      total += live[live.length - 1]?.mrr ?? 0;
    }
  }
  return total;
}
