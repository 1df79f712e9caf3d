/**
 * Success-plan goals for the demo: most high-touch accounts (Enterprise, or ¥300,000+ MRR,
 * still paying) have two or three, and about one in ten of the other paying accounts one.
 * Progress follows the hidden true health (with noise), so healthy customers are on track and
 * failing ones behind; values were measured about monthly; reviews happen quarterly, some are
 * overdue (more often at unhealthy accounts), and older goals have re-agreements in their log.
 * Pure: the same seed and `today` give the same rows.
 */
import type { GoalStatus } from '../outcomes/goal-fields.js';
import type { GoalBinding } from '../outcomes/goal-binding.js';
import { addDays, daysBetween, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount, DemoContact } from './demo-types.js';
import { GOAL_TEMPLATES, REVIEW_REASONS, type GoalTemplate } from './goal-templates.js';
import { createRandom, type Random } from './random.js';

export interface DemoGoal {
  id: string;
  accountId: string;
  title: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  current: number | null;
  currentAt: string | null;
  binding: GoalBinding | null;
  dueOn: IsoDate;
  customerOwnerContactId: string | null;
  ownerId: string | null;
  status: GoalStatus;
  nextReviewOn: IsoDate;
  position: number;
  createdOn: IsoDate;
}

export interface DemoGoalMeasurement { goalId: string; day: IsoDate; value: number }
export interface DemoGoalReview {
  id: string;
  goalId: string;
  accountId: string;
  reviewedOn: IsoDate;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  authorId: string | null;
}

export interface DemoGoals {
  goals: DemoGoal[];
  measurements: DemoGoalMeasurement[];
  reviews: DemoGoalReview[];
}

export interface GoalInput {
  seed: number;
  today: IsoDate;
  accounts: readonly DemoAccount[];
  truth: readonly AccountTruth[];
  contacts: readonly DemoContact[];
}

export const HIGH_TOUCH_MRR_JPY = 300_000;

/** High-touch: Enterprise, or a large account by MRR; only customers paying today. */
export function isHighTouch(account: DemoAccount, truth: AccountTruth): boolean {
  const paying = truth.firstPaidOn !== null && truth.churnedOn === null && truth.mrrJpy > 0;
  return paying && (account.plan === 'Enterprise' || truth.mrrJpy >= HIGH_TOUCH_MRR_JPY);
}

export function generateGoals(input: GoalInput): DemoGoals {
  const out: DemoGoals = { goals: [], measurements: [], reviews: [] };
  const truthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const peopleOf = new Map<string, DemoContact[]>();
  for (const c of input.contacts) peopleOf.set(c.accountId, [...(peopleOf.get(c.accountId) ?? []), c]);
  for (const account of input.accounts) {
    const truth = truthOf.get(account.id);
    if (!truth || truth.firstPaidOn === null || truth.churnedOn !== null) continue;
    const random = createRandom(input.seed, 'goals').fork(account.id);
    const high = isHighTouch(account, truth);
    if (!random.chance(high ? 0.85 : 0.1)) continue;
    const count = high ? random.weighted([[2, 60], [3, 40]] as const) : 1;
    const owners = (peopleOf.get(account.id) ?? []).filter((c) => c.level !== 'end_user');
    const templates = random.sample(GOAL_TEMPLATES, count);
    templates.forEach((template, position) => {
      const owner = owners.length > 0 && random.chance(0.85) ? random.pick(owners) : null;
      addGoal(out, random.fork(position), { account, truth, template, position, ownerContactId: owner?.id ?? null, today: input.today });
    });
  }
  return out;
}

interface GoalContext {
  account: DemoAccount;
  truth: AccountTruth;
  template: GoalTemplate;
  position: number;
  ownerContactId: string | null;
  today: IsoDate;
}

function addGoal(out: DemoGoals, random: Random, ctx: GoalContext): void {
  const { account, truth, template, today } = ctx;
  const earliest = Math.min(330, Math.max(30, daysBetween(truth.firstPaidOn ?? today, today)));
  const createdOn = addDays(today, -random.int(30, earliest));
  const span = random.pick([180, 270, 365, 365, 450]);
  let dueOn = addDays(createdOn, span);
  const { baseline, target } = scaleOf(template, truth);
  // How far this customer gets by the due date: true health with noise (a healthy one overshoots a little).
  const reach = Math.min(1.15, Math.max(-0.1, truth.trueHealth * 1.4 - 0.15 + random.normal(0, 0.15)));
  const valueAt = (day: IsoDate) => {
    const share = Math.min(1, Math.max(0, daysBetween(createdOn, day) / daysBetween(createdOn, dueOn)));
    const p = reach * share ** 0.8 + random.normal(0, 0.03);
    return round(baseline + (target - baseline) * p, template.whole);
  };
  const id = random.fork('ids').uuid();
  const measuredDays: IsoDate[] = [];
  for (let day = addDays(createdOn, random.int(0, 10)); day <= minDay(today, addDays(dueOn, 14)); day = addDays(day, random.int(26, 35))) measuredDays.push(day);
  const bound = template.binding !== undefined;
  // Bound goals are measured by Kizuna itself after the load; hand-entered ones have their monthly log.
  if (!bound) for (const day of measuredDays) out.measurements.push({ goalId: id, day, value: valueAt(day) });
  const last = bound ? null : measuredDays[measuredDays.length - 1] ?? null;
  const current = last === null ? null : valueAt(last);
  const reviews = reviewsOf(random.fork('reviews'), { id, accountId: account.id, ownerId: account.ownerId, createdOn, today, baseline, target, dueOn, truth });
  out.reviews.push(...reviews.rows);
  dueOn = reviews.dueOn;
  // A bound goal's value comes from usage after the load; its status follows the same path as a measured one.
  const judged = current ?? (bound ? valueAt(minDay(today, dueOn)) : null);
  const progress = judged === null ? 0 : (judged - baseline) / (reviews.target - baseline);
  const overdueChance = truth.trueHealth < 0.4 ? 0.55 : 0.2;
  const lastReview = reviews.rows[reviews.rows.length - 1]?.reviewedOn ?? createdOn;
  const nextReviewOn = random.chance(overdueChance) ? addDays(today, -random.int(5, 60)) : addDays(maxDay(lastReview, addDays(today, -80)), 90);
  out.goals.push({
    id, accountId: account.id, title: template.title, metric: template.metric, unit: template.unit, baseline, target: reviews.target,
    current, currentAt: last === null ? null : `${last}T09:00:00+09:00`, binding: template.binding ?? null, dueOn,
    customerOwnerContactId: ctx.ownerContactId, ownerId: account.ownerId,
    status: statusOf({ progress, dueOn, today, createdOn, health: truth.trueHealth, measured: current !== null || bound }),
    nextReviewOn, position: ctx.position, createdOn,
  });
}

/** Bound goals are scaled to the account's size: active users toward 80% of seats, report views to ~8 a seat a month. */
function scaleOf(template: GoalTemplate, truth: AccountTruth): { baseline: number; target: number } {
  if (template.binding?.type === 'active_users') return { baseline: Math.round(truth.seats * 0.3), target: Math.max(2, Math.round(truth.seats * 0.8)) };
  if (template.binding?.type === 'usage_events') return { baseline: truth.seats * 2, target: Math.max(10, truth.seats * 8) };
  return { baseline: template.baseline, target: template.target };
}

interface ReviewContext {
  id: string; accountId: string; ownerId: string | null; createdOn: IsoDate; today: IsoDate; baseline: number; target: number; dueOn: IsoDate;
  truth: AccountTruth;
}

/** Quarterly reviews of older goals: some re-agree the target or the due date, others confirm the goal. */
function reviewsOf(random: Random, ctx: ReviewContext) {
  const rows: DemoGoalReview[] = [];
  let { target, dueOn } = ctx;
  const ids = random.fork('ids');
  for (let day = addDays(ctx.createdOn, 90); day < ctx.today; day = addDays(day, 90)) {
    if (!random.chance(0.45)) continue;
    const kind = ctx.truth.trueHealth > 0.7 ? random.weighted([['raise', 35], ['confirm', 65]] as const)
      : ctx.truth.trueHealth < 0.4 ? random.weighted([['extend', 45], ['lower', 25], ['confirm', 30]] as const)
        : random.weighted([['extend', 25], ['confirm', 75]] as const);
    const changes: DemoGoalReview['changes'] = {};
    if (kind === 'extend') {
      const to = addDays(dueOn, 90);
      changes.dueOn = { from: dueOn, to };
      dueOn = to;
    } else if (kind === 'raise' || kind === 'lower') {
      // More ambitious moves the target 20% further from the baseline (down, for goals that go down); less, 15% back.
      const to = Math.round((target + (target - ctx.baseline) * (kind === 'raise' ? 0.2 : -0.15)) * 10) / 10;
      if (to !== target) changes.target = { from: target, to };
      target = to;
    }
    rows.push({ id: ids.uuid(), goalId: ctx.id, accountId: ctx.accountId, reviewedOn: day, changes, reason: random.pick(REVIEW_REASONS[kind]), authorId: ctx.ownerId });
  }
  return { rows, target, dueOn };
}

function statusOf(g: { progress: number; dueOn: IsoDate; today: IsoDate; createdOn: IsoDate; health: number; measured: boolean }): GoalStatus {
  if (!g.measured) return 'not_started';
  // Within 5% of the target the customer and CSM call it achieved.
  if (g.dueOn < g.today) return g.progress >= 0.95 ? 'achieved' : 'missed';
  if (g.progress >= 0.95) return 'achieved';
  const elapsed = daysBetween(g.createdOn, g.today) / Math.max(1, daysBetween(g.createdOn, g.dueOn));
  return g.health < 0.35 || elapsed - g.progress > 0.3 ? 'at_risk' : 'on_track';
}

const round = (value: number, whole: boolean) => (whole ? Math.round(value) : Math.round(value * 10) / 10);
const minDay = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const maxDay = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
