/**
 * The moves an account's contract can make — grow (seats, upgrade, an add-on line) or shrink
 * (seats, downgrade, a concession discount, an add-on dropped) — each proposed as new line
 * terms and accepted only while the account's yen MRR stays within the demo's bounds.
 */
import { monthlyRecurringRevenue } from '../subscriptions/mrr.js';
import { ADD_ONS, MAX_ACCOUNT_MRR_JPY, MIN_ACCOUNT_MRR_JPY, PLAN_NAMES, type AddOn, type PlanName } from './catalog.js';
import { accountMrrJpy, addOnUnitPrice, seatUnitPrice } from './line-pricing.js';
import type { Random } from './random.js';
import type { LineTerms, SubscriptionLine } from './subscription-line.js';

export type ChangeKind = 'seats_added' | 'upgraded' | 'addon_added' | 'seats_reduced' | 'downgraded' | 'discount_added' | 'addon_dropped';

/** A change ready to apply: either new terms for an existing line, a new add-on line, or a line to end. */
export type ProposedChange =
  | { kind: 'seats_added' | 'upgraded' | 'seats_reduced' | 'downgraded' | 'discount_added'; line: SubscriptionLine; terms: LineTerms }
  | { kind: 'addon_added'; addOn: AddOn; terms: LineTerms }
  | { kind: 'addon_dropped'; line: SubscriptionLine };

/** Does the account stay within ¥10k–¥2M after replacing, adding or removing lines? */
export function fitsBounds(live: readonly SubscriptionLine[], change: ProposedChange): boolean {
  const states = live
    .filter((l) => !('line' in change) || l !== change.line)
    .map((l) => ({ currency: l.state.currency, mrr: l.state.mrr }));
  if (change.kind === 'addon_added' || 'terms' in change) {
    states.push({ currency: change.terms.currency, mrr: monthlyRecurringRevenue(change.terms) });
  }
  const total = accountMrrJpy(states);
  return total >= MIN_ACCOUNT_MRR_JPY && total <= MAX_ACCOUNT_MRR_JPY;
}

export function proposeGrowth(random: Random, main: SubscriptionLine, live: readonly SubscriptionLine[]): ProposedChange | null {
  const s = main.state;
  const rank = PLAN_NAMES.indexOf(s.plan as PlanName);
  const owned = new Set(live.map((l) => l.state.product));
  const addOn = ADD_ONS.find((a) => !owned.has(a.product));
  const options: Array<readonly [ChangeKind, number]> = [['seats_added', 60]];
  if (rank >= 0 && rank < PLAN_NAMES.length - 1) options.push(['upgraded', 20]);
  if (addOn && rank >= 1) options.push(['addon_added', 20]);
  const kind = random.weighted(options);
  if (kind === 'upgraded') {
    const plan = PLAN_NAMES[rank + 1] as PlanName;
    return { kind, line: main, terms: { ...s, plan, unitPrice: seatUnitPrice(plan, s.currency, s) } };
  }
  if (kind === 'addon_added' && addOn) {
    return {
      kind, addOn,
      terms: {
        product: addOn.product, plan: addOn.plan, quantity: 1, unitPrice: addOnUnitPrice(addOn, s.currency), currency: s.currency,
        billingInterval: 'month', intervalCount: 1, discountPercent: 0, status: 'active', endsOn: s.endsOn,
      },
    };
  }
  const added = Math.max(1, Math.round(s.quantity * (0.15 + 0.35 * random.next())));
  return { kind: 'seats_added', line: main, terms: { ...s, quantity: s.quantity + added } };
}

export function proposeShrink(random: Random, main: SubscriptionLine, live: readonly SubscriptionLine[]): ProposedChange | null {
  const s = main.state;
  const rank = PLAN_NAMES.indexOf(s.plan as PlanName);
  const addOns = live.filter((l) => l !== main);
  const options: Array<readonly [ChangeKind, number]> = [['seats_reduced', 50]];
  if (rank > 0) options.push(['downgraded', 20]);
  if (s.discountPercent === 0) options.push(['discount_added', 15]);
  if (addOns.length > 0) options.push(['addon_dropped', 15]);
  const kind = random.weighted(options);
  if (kind === 'downgraded') {
    const plan = PLAN_NAMES[rank - 1] as PlanName;
    return { kind, line: main, terms: { ...s, plan, unitPrice: seatUnitPrice(plan, s.currency, s) } };
  }
  if (kind === 'discount_added') return { kind, line: main, terms: { ...s, discountPercent: random.pick([10, 15, 20]) } };
  if (kind === 'addon_dropped') return { kind, line: random.pick(addOns) };
  const removed = Math.max(1, Math.round(s.quantity * (0.1 + 0.25 * random.next())));
  if (s.quantity - removed < 1) return null;
  return { kind: 'seats_reduced', line: main, terms: { ...s, quantity: s.quantity - removed } };
}
