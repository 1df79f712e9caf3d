/**
 * What the database tells the score about one account on one day: usage aggregates over the
 * windows the scorecards ask for, seats, MRR, renewal date, the latest CSM sentiment and
 * survey answers. `measureValues` turns signals into each measure's raw value; the SQL that
 * gathers them lives in server/modules/health/gather-signals.ts.
 */
import { displayProgress, goalProgress, isReviewOverdue } from '../outcomes/goal-progress.js';
import type { GoalStatus } from '../outcomes/goal-fields.js';
import { measuresOf, type MeasureNode, type MeasureSource, type RuleField, type ScorecardDefinition, type TrendBase } from './scorecard.js';

export interface AccountSignals {
  accountId: string;
  segment: Partial<Record<RuleField, string | null>>;
  seats: number | null;
  /** base-currency minor units */
  mrr: number;
  renewalDate: string | null;
  customFields: Record<string, unknown>;
  sentiment: { value: number; on: string } | null;
  /** latest answers once surveys exist (issue 6); null until then */
  survey: { nps: number | null; csat: number | null };
  /** usage aggregates keyed by usageKey(); a missing key means zero */
  usage: Record<string, number>;
  /** the account's success-plan goals as they stood (gathered only when a measure reads them) */
  goals?: GoalSignal[];
}

export interface GoalSignal {
  baseline: number;
  target: number;
  current: number | null;
  status: GoalStatus;
  nextReviewOn: string | null;
}

export type UsageMetric = 'events' | 'logins' | 'breadth' | 'users' | 'seconds' | 'named';

/** The key of one usage aggregate, e.g. `events:30`, `users:28:prev`, `named:30:Report Viewed`. */
export function usageKey(metric: UsageMetric, windowDays: number, options: { previous?: boolean; event?: string } = {}): string {
  const base = metric === 'named' ? `named:${windowDays}:${options.event ?? ''}` : `${metric}:${windowDays}`;
  return options.previous ? `${base}:prev` : base;
}

/** Aggregates summed or counted from the rollups over a window (named events are listed apart). */
export type WindowMetric = Exclude<UsageMetric, 'named'>;

/**
 * The usage aggregates a set of scorecards needs, per window: which metrics this period, which
 * the period before (only what a trend compares), and which named events. Gathering only these
 * keeps the dirty-queue worker cheap: the default scorecard needs the previous period's events,
 * not its users, seconds, logins or breadth.
 */
export interface UsageNeeds {
  /** whether a measure reads success-plan goals */
  goals: boolean;
  /** whether a measure reads survey answers (absent: none does) */
  survey?: boolean;
  windows: { days: number; current: WindowMetric[]; previous: WindowMetric[]; namedEvents: string[] }[];
}

const TREND_METRIC = { events: 'events', active_users: 'users', usage_time: 'seconds', logins: 'logins' } as const satisfies Record<TrendBase, WindowMetric>;

export function usageNeedsOf(definitions: readonly ScorecardDefinition[]): UsageNeeds {
  const byDays = new Map<number, { current: Set<WindowMetric>; previous: Set<WindowMetric>; named: Set<string> }>();
  let goals = false;
  let survey = false;
  for (const definition of definitions) {
    for (const { source } of measuresOf(definition.root)) {
      if (source.type === 'goal_progress' || source.type === 'overdue_reviews') goals = true;
      if (source.type === 'survey') survey = true;
      if (!('windowDays' in source)) continue;
      let entry = byDays.get(source.windowDays);
      if (!entry) byDays.set(source.windowDays, (entry = { current: new Set(), previous: new Set(), named: new Set() }));
      switch (source.type) {
        case 'logins': entry.current.add('logins'); break;
        case 'events': if (source.event) entry.named.add(source.event); else entry.current.add('events'); break;
        case 'usage_time': entry.current.add('seconds'); break;
        case 'active_users': case 'active_user_ratio': entry.current.add('users'); break;
        case 'feature_breadth': entry.current.add('breadth'); break;
        case 'trend': entry.current.add(TREND_METRIC[source.of]); entry.previous.add(TREND_METRIC[source.of]); break;
        case 'support_load': if (source.event) entry.named.add(source.event); break;
      }
    }
  }
  return {
    goals,
    ...(survey ? { survey } : {}),
    windows: [...byDays.entries()].sort(([a], [b]) => a - b)
      .map(([days, e]) => ({ days, current: [...e.current].sort(), previous: [...e.previous].sort(), namedEvents: [...e.named].sort() }))
      .filter((w) => w.current.length + w.previous.length + w.namedEvents.length > 0),
  };
}

const DAY_MS = 86_400_000;

/** One measure's raw value from an account's signals; null when the account has no such data. */
export function measureValue(source: MeasureSource, signals: AccountSignals, asOf: string): number | null {
  const u = (key: string) => signals.usage[key] ?? 0;
  switch (source.type) {
    case 'logins': return u(usageKey('logins', source.windowDays));
    case 'events': return source.event
      ? u(usageKey('named', source.windowDays, { event: source.event }))
      : u(usageKey('events', source.windowDays));
    case 'usage_time': return u(usageKey('seconds', source.windowDays)) / 3600;
    case 'active_users': return u(usageKey('users', source.windowDays));
    case 'active_user_ratio': return signals.seats && signals.seats > 0
      ? u(usageKey('users', source.windowDays)) / signals.seats
      : null;
    case 'feature_breadth': return u(usageKey('breadth', source.windowDays));
    case 'trend': {
      const metric = TREND_METRIC[source.of];
      return percentChange(u(usageKey(metric, source.windowDays)), u(usageKey(metric, source.windowDays, { previous: true })));
    }
    case 'survey': return signals.survey[source.metric];
    case 'support_load':
      if (source.field) return numberOrNull(signals.customFields[source.field]);
      return source.event ? u(usageKey('named', source.windowDays, { event: source.event })) : null;
    case 'sentiment': return signals.sentiment?.value ?? null;
    case 'days_to_renewal': return signals.renewalDate
      ? Math.round((Date.parse(signals.renewalDate) - Date.parse(asOf)) / DAY_MS)
      : null;
    case 'account_field': return source.field === 'mrr' ? signals.mrr : source.field === 'seats'
      ? signals.seats
      : numberOrNull(signals.customFields[source.field]);
    case 'goal_progress': return meanGoalProgress(signals.goals ?? []);
    case 'overdue_reviews': {
      const live = (signals.goals ?? []).filter((g) => g.status !== 'dropped');
      return live.length === 0 ? null : live.filter((g) => isReviewOverdue(g, asOf)).length;
    }
  }
}

/**
 * This period against the last, in percent. From nothing to something counts as +100%
 * (not infinity) so one new user cannot dominate a weighted score; nothing to nothing is 0%.
 */
export function percentChange(current: number, previous: number): number {
  if (previous === 0) return current > 0 ? 100 : 0;
  return ((current - previous) / previous) * 100;
}

/**
 * Mean progress of the goals that still count (all but dropped ones), each clipped to 0–100 %:
 * achieved counts 100, a goal with nothing measured yet 0. Null without such goals, so an
 * account without a success plan is neither rewarded nor punished.
 */
export function meanGoalProgress(goals: readonly GoalSignal[]): number | null {
  const counted = goals.filter((g) => g.status !== 'dropped');
  if (counted.length === 0) return null;
  const total = counted.reduce((sum, g) => sum + (g.status === 'achieved' ? 100 : displayProgress(goalProgress(g)) ?? 0), 0);
  return total / counted.length;
}

function numberOrNull(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/**
 * Every measure's raw value for one account, keyed by measure id. Scoring many accounts, pass
 * the definition's measures (measuresOf) once rather than walking the tree for each account.
 */
export function measureValues(
  definition: ScorecardDefinition, signals: AccountSignals, asOf: string, measures: readonly MeasureNode[] = measuresOf(definition.root),
): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const measure of measures) values[measure.id] = measureValue(measure.source, signals, asOf);
  return values;
}
