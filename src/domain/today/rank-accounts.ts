/**
 * "Follow today" (SPEC §3.6): which of a CSM's accounts to act on first, and why — at risk ×
 * ARR × renewal proximity, plus work already late. Pure: the caller passes every fact and the day.
 *
 * The formula (every constant named below):
 *
 *   priority = 100 × risk × value × urgency  +  backlog
 *
 *   risk     band base (red 0.8, yellow 0.45, green 0.1, not scored 0.35)
 *            + trend: a fall of d points over the last 7 days adds min(d, 20) ÷ 100 (at most +0.2);
 *              a rise of r points takes off min(r, 10) ÷ 100 (at most −0.1);
 *            clamped to 0.05–1.
 *   value    0.25 + 0.75 × √(ARR ÷ the largest ARR in the list) — 0.25 for a free account, 1 for the
 *            largest; the square root keeps one big customer from hiding every other.
 *   urgency  1 + (90 − days to renewal) ÷ 90 for a renewal within 90 days (2 on the day or after a
 *            missed renewal date), else 1 — renewing tomorrow roughly doubles an account's weight.
 *   backlog  8 points per overdue task (at most 3 counted) + 4 when a task is due today
 *            + 6 when the tier's touch cadence is overdue: late work moves an account up whatever
 *            its health.
 *
 * Ties go to the larger ARR, then the name. A red, falling account with a near renewal scores
 * about 200; a green account with nothing due scores under 10.
 */
export type Band = 'red' | 'yellow' | 'green';

export interface TodayAccountFacts {
  accountId: string;
  name: string;
  /** annual recurring revenue, minor units of the base currency */
  arr: number;
  healthScore: number | null;
  healthBand: Band | null;
  /** the score 7 days ago (the last daily score on or before that day), null when unknown */
  healthScoreWeekAgo: number | null;
  renewalDate: string | null;
  overdueTasks: number;
  tasksDueToday: number;
  /** days the tier's touch cadence is overdue, null when it is not */
  touchOverdueDays: number | null;
}

export type TodayReason =
  | { kind: 'health'; band: Band | null; score: number | null; change: number | null }
  | { kind: 'arr'; arr: number }
  | { kind: 'renewal'; days: number }
  | { kind: 'overdue_tasks'; count: number }
  | { kind: 'due_today'; count: number }
  | { kind: 'touch_overdue'; days: number };

export interface RankedAccount {
  accountId: string;
  name: string;
  rank: number;
  /** the priority above, rounded to one decimal */
  priority: number;
  components: { risk: number; value: number; urgency: number; backlog: number };
  /** what the one-line explanation says, in this order */
  reasons: TodayReason[];
}

export const BAND_RISK: Record<Band | 'none', number> = { red: 0.8, yellow: 0.45, green: 0.1, none: 0.35 };
export const TREND_DAYS = 7;
export const RENEWAL_WINDOW_DAYS = 90;
export const OVERDUE_TASK_POINTS = 8;
export const OVERDUE_TASKS_COUNTED = 3;
export const DUE_TODAY_POINTS = 4;
export const TOUCH_OVERDUE_POINTS = 6;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

export function daysUntil(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Score change over the trend window (now − a week ago), null when either end is unknown. */
export function healthChange(f: Pick<TodayAccountFacts, 'healthScore' | 'healthScoreWeekAgo'>): number | null {
  if (f.healthScore === null || f.healthScoreWeekAgo === null) return null;
  return round(f.healthScore - f.healthScoreWeekAgo, 1);
}

export function riskOf(f: TodayAccountFacts): number {
  const base = BAND_RISK[f.healthBand ?? 'none'];
  const change = healthChange(f) ?? 0;
  const trend = change < 0 ? Math.min(-change, 20) / 100 : -Math.min(change, 10) / 100;
  return clamp(base + trend, 0.05, 1);
}

export function valueOf(arr: number, largestArr: number): number {
  if (largestArr <= 0) return 0.25;
  return 0.25 + 0.75 * Math.sqrt(Math.max(0, arr) / largestArr);
}

export function urgencyOf(renewalDate: string | null, today: string): number {
  if (renewalDate === null) return 1;
  const days = daysUntil(today, renewalDate);
  if (days > RENEWAL_WINDOW_DAYS) return 1;
  return 1 + (RENEWAL_WINDOW_DAYS - Math.max(0, days)) / RENEWAL_WINDOW_DAYS;
}

export function backlogOf(f: TodayAccountFacts): number {
  return OVERDUE_TASK_POINTS * Math.min(f.overdueTasks, OVERDUE_TASKS_COUNTED)
    + (f.tasksDueToday > 0 ? DUE_TODAY_POINTS : 0)
    + (f.touchOverdueDays !== null && f.touchOverdueDays > 0 ? TOUCH_OVERDUE_POINTS : 0);
}

/** The reasons shown in one line: health and ARR always, then whatever else applies. */
export function reasonsOf(f: TodayAccountFacts, today: string): TodayReason[] {
  const reasons: TodayReason[] = [
    { kind: 'health', band: f.healthBand, score: f.healthScore, change: healthChange(f) },
    { kind: 'arr', arr: f.arr },
  ];
  if (f.renewalDate !== null) {
    const days = daysUntil(today, f.renewalDate);
    if (days <= RENEWAL_WINDOW_DAYS) reasons.push({ kind: 'renewal', days });
  }
  if (f.overdueTasks > 0) reasons.push({ kind: 'overdue_tasks', count: f.overdueTasks });
  if (f.tasksDueToday > 0) reasons.push({ kind: 'due_today', count: f.tasksDueToday });
  if (f.touchOverdueDays !== null && f.touchOverdueDays > 0) reasons.push({ kind: 'touch_overdue', days: f.touchOverdueDays });
  return reasons;
}

export function rankAccounts(list: TodayAccountFacts[], today: string): RankedAccount[] {
  const largestArr = list.reduce((m, f) => Math.max(m, f.arr), 0);
  const scored = list.map((f) => {
    const risk = riskOf(f);
    const value = valueOf(f.arr, largestArr);
    const urgency = urgencyOf(f.renewalDate, today);
    const backlog = backlogOf(f);
    return {
      facts: f,
      priority: 100 * risk * value * urgency + backlog,
      components: { risk: round(risk, 3), value: round(value, 3), urgency: round(urgency, 3), backlog },
    };
  });
  scored.sort((a, b) => b.priority - a.priority || b.facts.arr - a.facts.arr
    || (a.facts.name < b.facts.name ? -1 : a.facts.name > b.facts.name ? 1 : 0));
  return scored.map((s, i) => ({
    accountId: s.facts.accountId,
    name: s.facts.name,
    rank: i + 1,
    priority: round(s.priority, 1),
    components: s.components,
    reasons: reasonsOf(s.facts, today),
  }));
}
