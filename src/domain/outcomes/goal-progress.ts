/**
 * How far a goal has come and whether it needs attention: progress from baseline to target
 * (works for goals that go down, e.g. "cut report time from 40 h to 10 h"), overdue reviews,
 * due dates coming up, and hand-entered values that have gone stale (SPEC §4 "Stale judgement").
 */
import { CLOSED_STATUSES, type GoalStatus } from './goal-fields.js';

/**
 * (current − baseline) ÷ (target − baseline) × 100, unclipped: below 0 means the goal went the
 * wrong way, above 100 that it overshot. Null without a current value or when target = baseline.
 *
 * @example
 *   goalProgress({ baseline: 40, target: 10, current: 25 }) // → 50 (a goal that goes down)
 */
export function goalProgress(goal: { baseline: number; target: number; current: number | null }): number | null {
  if (goal.current === null) return null;
  const span = goal.target - goal.baseline;
  if (span === 0) return null;
  return ((goal.current - goal.baseline) / span) * 100;
}

/** Progress for display: clipped to 0–100 and rounded to a whole percent. */
export function displayProgress(progress: number | null): number | null {
  if (progress === null) return null;
  return Math.round(Math.min(100, Math.max(0, progress)));
}

/** An open goal whose agreed review date has passed. `today` is 'YYYY-MM-DD'. */
export function isReviewOverdue(goal: { status: GoalStatus; nextReviewOn: string | null }, today: string): boolean {
  return !CLOSED_STATUSES.has(goal.status) && goal.nextReviewOn !== null && goal.nextReviewOn < today;
}

/** An open goal due within `days` days from today (or already past due). */
export function isDueSoon(goal: { status: GoalStatus; dueOn: string | null }, today: string, days = 30): boolean {
  if (CLOSED_STATUSES.has(goal.status) || goal.dueOn === null) return false;
  return goal.dueOn <= addDays(today, days);
}

/** Hand-entered progress not updated for `days` days (bound goals update themselves). */
export function isProgressStale(goal: { bound: boolean; currentAt: string | null; status: GoalStatus }, today: string, days = 45): boolean {
  if (goal.bound || CLOSED_STATUSES.has(goal.status) || goal.currentAt === null) return false;
  return goal.currentAt.slice(0, 10) < addDays(today, -days);
}

/**
 * Share of the time from start to due date that has passed, 0–100; with progress it tells
 * whether a goal is behind schedule. Null without a due date or when the due date is not after the start.
 */
export function timeElapsed(startedOn: string, dueOn: string | null, today: string): number | null {
  if (dueOn === null) return null;
  const total = dayNumber(dueOn) - dayNumber(startedOn);
  if (total <= 0) return null;
  return Math.min(100, Math.max(0, ((dayNumber(today) - dayNumber(startedOn)) / total) * 100));
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * At risk: marked so by the CSM, or open and behind schedule — the share of time used up runs
 * 30 points or more ahead of the progress made, or the due date has passed short of the target.
 */
export function isAtRisk(
  goal: { status: GoalStatus; progress: number | null; startedOn: string; dueOn: string | null }, today: string,
): boolean {
  if (goal.status === 'at_risk') return true;
  if (CLOSED_STATUSES.has(goal.status)) return false;
  const done = displayProgress(goal.progress) ?? 0;
  if (goal.dueOn !== null && goal.dueOn < today) return done < 100;
  const elapsed = timeElapsed(goal.startedOn, goal.dueOn, today);
  return elapsed !== null && elapsed - done >= BEHIND_SCHEDULE_POINTS;
}

const BEHIND_SCHEDULE_POINTS = 30;
