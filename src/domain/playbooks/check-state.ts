/**
 * Whether a state trigger holds for one account, from signals the server loaded for it, and
 * what the trigger saw (kept on the run as its `detail`, and shown as the reason it fired).
 */
import type { StateTrigger } from './trigger.js';

export type Band = 'red' | 'yellow' | 'green';

/** The raw values a state trigger looks at; the loader fills those its trigger needs. */
export interface StateSignals {
  score: number | null;
  band: Band | null;
  /** health_drop: the highest daily score within the window, and its day */
  windowHigh?: number | null;
  windowHighDay?: string | null;
  /** usage_drop: event counts of the last 7 complete days and of the 7 days before */
  usageThisWeek?: number;
  usageLastWeek?: number;
  renewalDate?: string | null;
  daysToRenewal?: number | null;
  handoff?: { id: string; status: string; completeness: number } | null;
  overdueGoals?: { id: string; title: string; day: string }[];
  touch?: { kind: 'meeting' | 'review'; lastAt: string | null; dueOn: string; daysOverdue: number } | null;
}

export type TriggerCheck = { holds: false } | { holds: true; detail: Record<string, unknown> };

const NO: TriggerCheck = { holds: false };

/** Rounded to one decimal, as scores are stored. */
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function checkStateTrigger(trigger: StateTrigger, s: StateSignals): TriggerCheck {
  switch (trigger.type) {
    case 'health_band_entered':
      return s.band === trigger.band ? { holds: true, detail: { band: s.band, score: s.score } } : NO;
    case 'health_score_below':
      return s.score !== null && s.score < trigger.value ? { holds: true, detail: { score: s.score, threshold: trigger.value } } : NO;
    case 'health_drop': {
      if (s.score === null || s.windowHigh === null || s.windowHigh === undefined) return NO;
      const drop = oneDecimal(s.windowHigh - s.score);
      return drop >= trigger.points
        ? { holds: true, detail: { score: s.score, from: s.windowHigh, fromDay: s.windowHighDay ?? null, drop, days: trigger.days } }
        : NO;
    }
    case 'renewal_within': {
      const days = s.daysToRenewal;
      return days !== null && days !== undefined && days >= 0 && days <= trigger.days
        ? { holds: true, detail: { renewalDate: s.renewalDate ?? null, daysToRenewal: days } }
        : NO;
    }
    case 'usage_drop': {
      const before = s.usageLastWeek ?? 0;
      const after = s.usageThisWeek ?? 0;
      if (before <= 0) return NO;
      const percent = oneDecimal(((before - after) / before) * 100);
      return percent >= trigger.percent
        ? { holds: true, detail: { lastWeek: before, thisWeek: after, percent, event: trigger.event ?? null } }
        : NO;
    }
    case 'handoff_incomplete': {
      const h = s.handoff;
      return h && (h.status === 'submitted' || h.status === 'returned') && h.completeness < trigger.below
        ? { holds: true, detail: { handoffId: h.id, status: h.status, completeness: h.completeness, below: trigger.below } }
        : NO;
    }
    case 'goal_overdue':
    case 'goal_review_overdue': {
      const goals = s.overdueGoals ?? [];
      return goals.length > 0 ? { holds: true, detail: { goals: goals.slice(0, 5), count: goals.length } } : NO;
    }
    case 'no_touch':
      return s.touch ? { holds: true, detail: { ...s.touch } } : NO;
  }
}
