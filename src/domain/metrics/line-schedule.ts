/**
 * One subscription line's MRR over time, in the base currency: a step function built from
 * its events in history order (effective date, then recording order).
 *
 * - Churn recognition (reference/metrics.md): at 'period_end' (default, ChartMogul) a
 *   cancelled state whose paid term ends later keeps the line's last live MRR until
 *   `endsOn` (WE-03 step 4 dates the churn at the end of the paid year); at 'cancellation'
 *   the MRR leaves on the cancellation date.
 * - Currency: a price is converted at the rate in force when that price took effect, and the
 *   rate is kept while the line's own-currency MRR and currency stay the same, so a rate
 *   change alone never moves MRR ("rate changes are not movements").
 * - Renewal terms: wherever a paying term reaches its `endsOn`, the value before and on that
 *   day, always read with period-end semantics (a term ends on its date whatever the setting).
 */
import { toDayNumber } from './day-numbers.js';
import type { Converter } from './exchange-rates.js';
import type { ChurnRecognition, LineEvent } from './metric-inputs.js';

/** From `day` on, the line earns `amount` (base-currency minor units, unrounded). */
export interface Step {
  day: number;
  amount: number;
}

/** A paid term that reached its end on `day`: its value just before and on that day. */
export interface RenewalTerm {
  day: number;
  before: number;
  after: number;
}

export interface LineSchedule {
  accountId: string;
  steps: Step[];
  terms: RenewalTerm[];
}

/** The schedule of one line; `events` are that line's rows in history order. */
export function scheduleLine(events: readonly LineEvent[], recognition: ChurnRecognition, converter: Converter): LineSchedule {
  const termSteps: Step[] = [];
  // At cancellation, a second schedule drops the MRR on the cancellation day; at period end the term schedule is the one.
  const cancelSteps: Step[] | null = recognition === 'cancellation' ? [] : null;
  const ending: Array<{ day: number; before: number }> = [];
  let runCurrency = '';
  let runMrr = -1;
  let factor = 0;
  let lastLive = 0;
  let nextDay = events.length > 0 ? toDayNumber((events[0] as LineEvent).effectiveOn) : 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as LineEvent;
    const day = nextDay;
    const next = events[i + 1];
    nextDay = next ? toDayNumber(next.effectiveOn) : Number.POSITIVE_INFINITY;
    const endsOn = e.endsOn === null ? null : toDayNumber(e.endsOn);
    let termAmount: number;
    if (e.status !== 'cancelled') {
      if (e.currency !== runCurrency || e.mrr !== runMrr) {
        factor = converter.factorOn(e.currency, day) ?? 0;
        runCurrency = e.currency;
        runMrr = e.mrr;
      }
      lastLive = e.mrr * factor;
      termAmount = lastLive;
      putStep(termSteps, day, lastLive);
      if (cancelSteps) putStep(cancelSteps, day, lastLive);
    } else {
      termAmount = endsOn !== null && endsOn > day ? lastLive : 0;
      putStep(termSteps, day, termAmount);
      if (termAmount > 0 && (endsOn as number) < nextDay) putStep(termSteps, endsOn as number, 0);
      if (cancelSteps) putStep(cancelSteps, day, 0);
    }
    // A paying term whose end falls before the line's next change comes up for renewal on that day.
    if (endsOn !== null && termAmount > 0 && endsOn > day && endsOn <= nextDay) ending.push({ day: endsOn, before: termAmount });
  }
  return {
    accountId: events[0]?.accountId ?? '',
    steps: cancelSteps ?? termSteps,
    terms: ending.map((t) => ({ day: t.day, before: t.before, after: amountOn(termSteps, t.day) })),
  };
}

/** Later states on the same day replace earlier ones: the last recorded state of a day holds. */
function putStep(steps: Step[], day: number, amount: number): void {
  const last = steps[steps.length - 1];
  if (last && last.day === day) last.amount = amount;
  else steps.push({ day, amount });
}

function amountOn(steps: readonly Step[], day: number): number {
  let amount = 0;
  for (const step of steps) {
    if (step.day > day) break;
    amount = step.amount;
  }
  return amount;
}
