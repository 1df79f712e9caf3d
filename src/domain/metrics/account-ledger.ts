/**
 * Each account's MRR history and its movements (reference/metrics.md, "movement level"):
 * the lines' schedules are summed per account and netted per day, so a same-day downgrade
 * of one line and upgrade of another is one movement, and every day on which the account's
 * rounded total changes carries exactly one movement:
 *   new — first MRR > 0 ever; reactivation — from 0 after having paid; churn — to 0;
 *   expansion / contraction — up / down while paying.
 * Reactivation gap: with a minimum gap of N days, a return within N days of leaving was
 * never a departure — the fall to 0 is contraction, the return expansion, and the account
 * counts as paying in between.
 */
import type { Converter } from './exchange-rates.js';
import { scheduleLine, type LineSchedule, type RenewalTerm } from './line-schedule.js';
import type { LineEvent, MetricSettings, MovementType } from './metric-inputs.js';

export interface AccountLedger {
  accountId: string;
  /** ascending days on which the account's MRR changed */
  days: number[];
  /** MRR from that day on: base-currency minor units, rounded per account */
  mrr: number[];
  /** counted as a paying account from that day on */
  paying: boolean[];
  /** the movement on that day */
  types: MovementType[];
  /** days counted as paying before that day */
  paidDays: number[];
  /** paid terms that reached their end, by day */
  terms: RenewalTerm[];
}

/** Every account's ledger from the whole event history (rows in history order per line). */
export function buildLedgers(events: readonly LineEvent[], settings: MetricSettings, converter: Converter): AccountLedger[] {
  const byAccount = new Map<string, LineSchedule[]>();
  for (const lineEvents of linesOf(events)) {
    const schedule = scheduleLine(lineEvents, settings.churnRecognition, converter);
    const list = byAccount.get(schedule.accountId);
    if (list) list.push(schedule);
    else byAccount.set(schedule.accountId, [schedule]);
  }
  const ledgers: AccountLedger[] = [];
  for (const [accountId, lines] of byAccount) ledgers.push(ledgerOf(accountId, lines, settings.reactivationGapDays));
  return ledgers;
}

/**
 * The rows of each line in history order. SQL sends them grouped by line and ordered, which
 * is checked in one pass; anything else is grouped and sorted here (stably: rows of the same
 * day keep their recording order).
 */
function linesOf(events: readonly LineEvent[]): LineEvent[][] {
  const lines: LineEvent[][] = [];
  const seen = new Set<string>();
  let start = 0;
  for (let i = 1; i <= events.length; i++) {
    const id = (events[start] as LineEvent).subscriptionId;
    if (i < events.length && (events[i] as LineEvent).subscriptionId === id) continue;
    if (seen.has(id)) return groupAndSort(events);
    seen.add(id);
    lines.push(inDateOrder(events.slice(start, i)));
    start = i;
  }
  return lines;
}

function groupAndSort(events: readonly LineEvent[]): LineEvent[][] {
  const byLine = new Map<string, LineEvent[]>();
  for (const e of events) {
    const list = byLine.get(e.subscriptionId);
    if (list) list.push(e);
    else byLine.set(e.subscriptionId, [e]);
  }
  return [...byLine.values()].map(inDateOrder);
}

function inDateOrder(line: LineEvent[]): LineEvent[] {
  for (let i = 1; i < line.length; i++) {
    if ((line[i] as LineEvent).effectiveOn < (line[i - 1] as LineEvent).effectiveOn) {
      return line.sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : a.effectiveOn > b.effectiveOn ? 1 : 0));
    }
  }
  return line;
}

/** One account's ledger from its lines' schedules. */
export function ledgerOf(accountId: string, lines: readonly LineSchedule[], gapDays: number): AccountLedger {
  const { days, mrr } = netPerDay(lines);
  const types: MovementType[] = [];
  const paying: boolean[] = [];
  let everPaid = false;
  for (let k = 0; k < days.length; k++) {
    const before = k > 0 ? (mrr[k - 1] as number) : 0;
    const after = mrr[k] as number;
    if (before === 0) {
      types.push(everPaid ? 'reactivation' : 'new');
      everPaid = true;
    } else types.push(after === 0 ? 'churn' : after > before ? 'expansion' : 'contraction');
    paying.push(after > 0);
  }
  if (gapDays > 0) bridgeShortGaps(days, types, paying, gapDays);
  const paidDays: number[] = [];
  for (let k = 0; k < days.length; k++) {
    paidDays.push(k === 0 ? 0 : (paidDays[k - 1] as number) + (paying[k - 1] ? (days[k] as number) - (days[k - 1] as number) : 0));
  }
  const terms = lines.length === 1 ? (lines[0] as LineSchedule).terms : lines.flatMap((l) => l.terms).sort((a, b) => a.day - b.day);
  return { accountId, days, mrr, paying, types, paidDays, terms };
}

/** The account's rounded total on each day it changes. */
function netPerDay(lines: readonly LineSchedule[]): { days: number[]; mrr: number[] } {
  if (lines.length === 1) return roundedSteps(lines[0] as LineSchedule);
  const points: Array<{ day: number; line: number; amount: number }> = [];
  lines.forEach((line, index) => {
    for (const s of line.steps) points.push({ day: s.day, line: index, amount: s.amount });
  });
  points.sort((a, b) => a.day - b.day);
  const current = new Array<number>(lines.length).fill(0);
  const days: number[] = [];
  const mrr: number[] = [];
  let previous = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as (typeof points)[number];
    current[p.line] = p.amount;
    if (points[i + 1]?.day === p.day) continue; // net the whole day first
    let sum = 0;
    for (const amount of current) sum += amount;
    const total = Math.round(sum);
    if (total !== previous) {
      days.push(p.day);
      mrr.push(total);
      previous = total;
    }
  }
  return { days, mrr };
}

/** A single line's steps are already one per day: only round and drop non-changes. */
function roundedSteps(line: LineSchedule): { days: number[]; mrr: number[] } {
  const days: number[] = [];
  const mrr: number[] = [];
  let previous = 0;
  for (const step of line.steps) {
    const total = Math.round(step.amount);
    if (total === previous) continue;
    days.push(step.day);
    mrr.push(total);
    previous = total;
  }
  return { days, mrr };
}

function bridgeShortGaps(days: readonly number[], types: MovementType[], paying: boolean[], gapDays: number): void {
  for (let k = 0; k + 1 < days.length; k++) {
    if (types[k] !== 'churn' || types[k + 1] !== 'reactivation') continue;
    if ((days[k + 1] as number) - (days[k] as number) >= gapDays) continue;
    types[k] = 'contraction';
    types[k + 1] = 'expansion';
    paying[k] = true;
  }
}
