/**
 * Lives one account's contract month by month up to `today`: the first purchase (maybe after
 * a trial), mid-term expansions, renewals that grow or shrink, notice two months before a
 * term ends and cancellation at its end (churn is recognised at the end of the paid period,
 * reference/metrics.md), and a possible comeback on a new line. True health sets the odds.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from './calendar.js';
import { MAIN_PRODUCT, PLAN_NAMES, type PlanName } from './catalog.js';
import { billingOf, termMonths, type AccountProfile, type ContractKind } from './account-profiles.js';
import { fitsBounds, proposeGrowth, proposeShrink, type ChangeKind, type ProposedChange } from './account-changes.js';
import * as odds from './health-drivers.js';
import { seatUnitPrice } from './line-pricing.js';
import type { Random } from './random.js';
import { SubscriptionLine, type LineTerms } from './subscription-line.js';

export type MilestoneKind = ChangeKind | 'trial_started' | 'started' | 'renewed' | 'churn_notice' | 'churned' | 'reactivated';

export interface Milestone {
  on: IsoDate;
  kind: MilestoneKind;
  plan: string;
  seats: number;
  previousSeats?: number;
  previousPlan?: string;
  addOn?: string;
}

export interface AccountHistory {
  lines: SubscriptionLine[];
  milestones: Milestone[];
}

const TRIAL_DAYS = 14;
type TermOutcome = 'churn' | 'shrink' | 'grow' | 'renew';

export function simulateHistory(profile: AccountProfile, random: Random, ids: Random, today: IsoDate): AccountHistory {
  const simulation = new HistorySimulation(profile, random, ids, today);
  simulation.run();
  return { lines: simulation.lines, milestones: simulation.milestones };
}

class HistorySimulation {
  readonly lines: SubscriptionLine[] = [];
  readonly milestones: Milestone[] = [];
  private main: SubscriptionLine | null = null;
  private contract: ContractKind;
  private anchor: IsoDate;
  private outcome: TermOutcome = 'renew';
  private noticeGiven = false;
  private leaveOn: IsoDate | null = null;
  private churnedOn: IsoDate | null = null;

  constructor(
    private readonly profile: AccountProfile,
    private readonly random: Random,
    private readonly ids: Random,
    private readonly today: IsoDate,
  ) {
    this.contract = profile.contract;
    this.anchor = profile.startOn;
  }

  run(): void {
    const p = this.profile;
    if (p.kind === 'prospect') return;
    if (p.kind === 'trial') {
      this.openMain(p.startOn, p.plan, p.seats, 0, { status: 'trial', endsOn: addDays(p.startOn, TRIAL_DAYS) });
      this.note(p.startOn, 'trial_started');
      return;
    }
    if (p.trialFirst) {
      const trialOn = addDays(p.startOn, -TRIAL_DAYS);
      this.openMain(trialOn, p.plan, p.seats, 0, { status: 'trial', endsOn: p.startOn });
      this.note(trialOn, 'trial_started');
      this.mainLine().change(p.startOn, { status: 'active', endsOn: this.termEnd(0), discountPercent: p.discountPercent });
    } else {
      this.openMain(p.startOn, p.plan, p.seats, p.discountPercent, { status: 'active', endsOn: this.termEnd(0) });
    }
    this.note(p.startOn, 'started');
    this.liveThroughToday();
  }

  private liveThroughToday(): void {
    let reactivated = false;
    for (let k = 0; ; k++) {
      const on = addMonths(this.anchor, k);
      if (on > this.today) return;
      if (this.live().length > 0) {
        this.liveMonth(k, on, addMonths(this.anchor, k + 1));
      } else if (!reactivated && this.tryComeBack(on, addMonths(this.anchor, k + 1))) {
        reactivated = true;
        k = 0; // months now count from the new contract's start (this.anchor moved); month 1 comes next
      }
    }
  }

  private liveMonth(k: number, on: IsoDate, nextOn: IsoDate): void {
    const h = this.profile.trueHealth;
    const term = termMonths(this.contract);
    if (term !== null) {
      if (k > 0 && k % term === 0) this.endTerm(on, addMonths(this.anchor, k + term));
      if (this.live().length === 0) return;
      if ((k + 2) % term === 0) this.decideTerm(on);
    } else {
      if (this.leaveOn === on) return this.churn(on);
      if (!this.noticeGiven && this.random.chance(odds.monthlyChurnChance(h))) {
        this.giveNotice(addDays(on, this.random.int(0, 20)));
        this.leaveOn = nextOn;
        return;
      }
      if (k > 0 && this.random.chance(odds.monthlyContractionChance(h))) {
        this.tryApply(proposeShrink(this.random, this.mainLine(), this.live()), this.midMonth(on, nextOn));
      }
    }
    if (k > 0 && !this.noticeGiven && this.random.chance(odds.monthlyExpansionChance(h))) {
      this.tryApply(proposeGrowth(this.random, this.mainLine(), this.live()), this.midMonth(on, nextOn));
    }
  }

  /** Two months before the term ends the customer's decision is made: churn, shrink, grow or renew as is. */
  private decideTerm(on: IsoDate): void {
    const h = this.profile.trueHealth;
    if (this.random.chance(odds.termChurnChance(h))) {
      this.outcome = 'churn';
      this.giveNotice(addDays(on, this.random.int(0, 25)));
    } else if (this.random.chance(odds.renewalContractionChance(h))) this.outcome = 'shrink';
    else if (this.random.chance(odds.renewalExpansionChance(h))) this.outcome = 'grow';
    else this.outcome = 'renew';
  }

  private endTerm(on: IsoDate, nextEnd: IsoDate): void {
    const outcome = this.outcome;
    this.outcome = 'renew';
    if (outcome === 'churn' && this.noticeGiven) return this.churn(on);
    if (outcome === 'shrink') this.tryApply(proposeShrink(this.random, this.mainLine(), this.live()), on);
    if (outcome === 'grow') this.tryApply(proposeGrowth(this.random, this.mainLine(), this.live()), on);
    for (const line of this.live()) line.change(on, { endsOn: nextEnd });
    this.note(on, 'renewed');
  }

  private giveNotice(on: IsoDate): void {
    if (on > this.today) return; // the decision is not known yet
    this.noticeGiven = true;
    for (const line of this.live()) line.cancelledOn = on;
    this.note(on, 'churn_notice');
  }

  private churn(on: IsoDate): void {
    for (const line of this.live()) line.cancel(on);
    this.noticeGiven = false;
    this.leaveOn = null;
    this.churnedOn = on;
    this.note(on, 'churned');
  }

  /** A churned customer may return on a new line, usually smaller, at least two months later. */
  private tryComeBack(on: IsoDate, nextOn: IsoDate): boolean {
    if (!this.churnedOn || daysBetween(this.churnedOn, on) < 60) return false;
    if (!this.random.chance(odds.monthlyReactivationChance(this.profile.trueHealth))) return false;
    const backOn = this.midMonth(on, nextOn);
    if (backOn > this.today) return false;
    const previous = this.mainLine().state;
    const rank = PLAN_NAMES.indexOf(previous.plan as PlanName);
    const plan = (this.random.chance(0.3) && rank > 0 ? PLAN_NAMES[rank - 1] : PLAN_NAMES[Math.max(0, rank)]) as PlanName;
    const seats = Math.max(10, Math.round(previous.quantity * (0.6 + 0.4 * this.random.next())));
    this.contract = this.contract === 'multi_year' ? 'annual' : this.contract;
    this.anchor = backOn;
    this.churnedOn = null;
    const discount = this.random.chance(0.3) ? 10 : 0;
    this.openMain(backOn, plan, seats, discount, { status: 'active', endsOn: this.termEnd(0) });
    this.note(backOn, 'reactivated');
    return true;
  }

  private tryApply(change: ProposedChange | null, on: IsoDate): void {
    if (!change || on > this.today || !fitsBounds(this.live(), change)) return;
    const before = this.mainLine().state;
    if (change.kind === 'addon_added') {
      this.lines.push(SubscriptionLine.open(this.ids, this.profile.id, this.subscriptionExternalId(), on, change.terms));
      this.note(on, change.kind, { addOn: change.addOn.product });
    } else if (change.kind === 'addon_dropped') {
      change.line.cancel(on);
      this.note(on, change.kind, { addOn: change.line.state.product });
    } else {
      change.line.change(on, change.terms);
      this.note(on, change.kind, { previousSeats: before.quantity, previousPlan: before.plan });
    }
  }

  private openMain(on: IsoDate, plan: PlanName, seats: number, discountPercent: number, rest: Pick<LineTerms, 'status' | 'endsOn'>): void {
    const billing = billingOf(this.contract);
    const currency = this.profile.currency;
    this.main = SubscriptionLine.open(this.ids, this.profile.id, this.subscriptionExternalId(), on, {
      product: MAIN_PRODUCT, plan, quantity: seats, unitPrice: seatUnitPrice(plan, currency, billing), currency,
      ...billing, discountPercent, ...rest,
    });
    this.lines.push(this.main);
  }

  /** The end of term `index` (0 = the first), or null for month-to-month. */
  private termEnd(index: number): IsoDate | null {
    const term = termMonths(this.contract);
    return term === null ? null : addMonths(this.anchor, term * (index + 1));
  }

  private midMonth(on: IsoDate, nextOn: IsoDate): IsoDate {
    const day = addDays(on, this.random.int(1, 25));
    return day < nextOn ? day : on;
  }

  private live(): SubscriptionLine[] {
    return this.lines.filter((l) => l.isLive);
  }

  private mainLine(): SubscriptionLine {
    if (!this.main) throw new Error('no main line yet');
    return this.main;
  }

  private subscriptionExternalId(): string {
    return `sub_${this.ids.token(14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
  }

  private note(on: IsoDate, kind: MilestoneKind, extra: Partial<Milestone> = {}): void {
    const s = this.mainLine().state;
    this.milestones.push({ on, kind, plan: s.plan, seats: s.quantity, ...extra });
  }
}
