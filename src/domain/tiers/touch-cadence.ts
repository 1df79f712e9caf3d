/**
 * Whether an account is being touched as often as its tier promises. A "touch" is a meeting or
 * a call on the account's timeline (an email or a note is not a conversation); a business
 * review is a meeting whose subject names one: QBR, EBR, ビジネスレビュー or "business review".
 * The clock starts at the last such entry, or — when there has never been one — at the day the
 * account was created, so a new customer is not overdue on its first day.
 */
import type { TierCadence } from './tier-model.js';

export const TOUCH_ACTIVITY_KINDS = ['meeting', 'call'] as const;

/** Case-insensitive; matched against the subject of a `meeting` entry. */
export const REVIEW_SUBJECT_PATTERN = 'QBR|EBR|ビジネスレビュー|business review';
const REVIEW_RE = new RegExp(REVIEW_SUBJECT_PATTERN, 'i');

export function isBusinessReview(kind: string, subject: string | null): boolean {
  return kind === 'meeting' && subject !== null && REVIEW_RE.test(subject);
}

export type TouchKind = 'meeting' | 'review';

export interface OverdueTouch {
  kind: TouchKind;
  /** the last meeting/call (or review), ISO instant; null when there has never been one */
  lastAt: string | null;
  dueOn: string;
  daysOverdue: number;
}

export interface TouchHistory {
  /** 'YYYY-MM-DD' the account was created (UTC) */
  createdOn: string;
  lastTouchAt: string | null;
  lastReviewAt: string | null;
}

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Due on = the day of the last touch (UTC) + the cadence; overdue when that day is before today. */
function check(kind: TouchKind, every: number | null, lastAt: string | null, createdOn: string, today: string): OverdueTouch | null {
  if (every === null) return null;
  const from = lastAt ? lastAt.slice(0, 10) : createdOn;
  const dueOn = addDays(from, every);
  const daysOverdue = daysBetween(dueOn, today);
  return daysOverdue > 0 ? { kind, lastAt, dueOn, daysOverdue } : null;
}

/**
 * The most overdue of the tier's promises, or null when none is overdue (or the tier is
 * automated only).
 * @example
 *   overdueTouch({ meetingEveryDays: 30, reviewEveryDays: null, automatedOnly: false },
 *     { createdOn: '2025-01-01', lastTouchAt: '2026-03-01T02:00:00.000Z', lastReviewAt: null }, '2026-04-05')
 *   // → { kind: 'meeting', lastAt: '2026-03-01T02:00:00.000Z', dueOn: '2026-03-31', daysOverdue: 5 }
 */
export function overdueTouch(cadence: TierCadence, history: TouchHistory, today: string): OverdueTouch | null {
  if (cadence.automatedOnly) return null;
  const meeting = check('meeting', cadence.meetingEveryDays, history.lastTouchAt, history.createdOn, today);
  const review = check('review', cadence.reviewEveryDays, history.lastReviewAt, history.createdOn, today);
  if (meeting && review) return review.daysOverdue >= meeting.daysOverdue ? review : meeting;
  return meeting ?? review;
}
