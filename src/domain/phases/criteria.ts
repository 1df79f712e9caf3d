/**
 * Entry criteria of a success-roadmap phase: what must hold for an account to move into it from
 * the phase before. The kinds are the ones CS teams use to define their phases — a health
 * measure past a threshold, the composite health score, time elapsed, the score after a minimum
 * time — plus the renewal window for the renewal phase. Evaluating returns whether it holds and
 * the values it saw, so every automatic transition can say why it happened.
 */
import { z } from 'zod';

export const CRITERION_OPS = ['gte', 'gt', 'lte', 'lt'] as const;
export type CriterionOp = (typeof CRITERION_OPS)[number];

export const TIME_ORIGINS = ['phase_entered', 'account_created', 'subscription_start'] as const;
export type TimeOrigin = (typeof TIME_ORIGINS)[number];

const Op = z.enum(CRITERION_OPS);
const Days = z.number().int().min(0).max(3650);
const Since = z.enum(TIME_ORIGINS);

export const MeasureThreshold = z.object({
  kind: z.literal('measure_threshold'),
  /** a measure id of the account's scorecard, e.g. active_ratio */
  measureId: z.string().trim().min(1).max(100),
  op: Op,
  value: z.number(),
});
export const ScoreThreshold = z.object({ kind: z.literal('score_threshold'), op: Op, value: z.number().min(0).max(100) });
export const TimeElapsed = z.object({ kind: z.literal('time_elapsed'), days: Days, since: Since });
export const ScoreAndTime = z.object({
  kind: z.literal('score_and_time'), op: Op, value: z.number().min(0).max(100), days: Days, since: Since,
});
/** Renewal is near: the renewal date is at most `days` away, or already past and not yet moved on. */
export const RenewalWithin = z.object({ kind: z.literal('renewal_within'), days: Days });

export const PhaseCriterion = z.discriminatedUnion('kind', [MeasureThreshold, ScoreThreshold, TimeElapsed, ScoreAndTime, RenewalWithin]);
export type PhaseCriterion = z.infer<typeof PhaseCriterion>;
export type CriterionKind = PhaseCriterion['kind'];
export const CRITERION_KINDS: readonly CriterionKind[] = ['measure_threshold', 'score_threshold', 'time_elapsed', 'score_and_time', 'renewal_within'];

/** What Kizuna knows about one account when it evaluates a criterion (days as whole days, null = unknown). */
export interface PhaseFacts {
  /** the composite health score 0–100 */
  score: number | null;
  /** raw measure values from the stored health explanation, by measure id */
  measures: Readonly<Record<string, number | null>>;
  daysInPhase: number | null;
  daysSinceCreated: number | null;
  daysSinceSubscriptionStart: number | null;
  daysToRenewal: number | null;
}

export interface CriterionResult {
  holds: boolean;
  /** the values the criterion looked at, e.g. { score: 72.5, days: 64, since: 'phase_entered' } */
  saw: Record<string, number | string | null>;
}

export function compare(value: number | null, op: CriterionOp, threshold: number): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  switch (op) {
    case 'gte': return value >= threshold;
    case 'gt': return value > threshold;
    case 'lte': return value <= threshold;
    default: return value < threshold;
  }
}

export function daysSince(origin: TimeOrigin, facts: PhaseFacts): number | null {
  if (origin === 'phase_entered') return facts.daysInPhase;
  if (origin === 'account_created') return facts.daysSinceCreated;
  return facts.daysSinceSubscriptionStart;
}

/** Whether the criterion holds for these facts; a missing value never satisfies a threshold. */
export function evaluateCriterion(criterion: PhaseCriterion, facts: PhaseFacts): CriterionResult {
  switch (criterion.kind) {
    case 'measure_threshold': {
      const value = facts.measures[criterion.measureId] ?? null;
      return { holds: compare(value, criterion.op, criterion.value), saw: { measureId: criterion.measureId, value } };
    }
    case 'score_threshold':
      return { holds: compare(facts.score, criterion.op, criterion.value), saw: { score: facts.score } };
    case 'time_elapsed': {
      const days = daysSince(criterion.since, facts);
      return { holds: days !== null && days >= criterion.days, saw: { days, since: criterion.since } };
    }
    case 'score_and_time': {
      const days = daysSince(criterion.since, facts);
      const holds = compare(facts.score, criterion.op, criterion.value) && days !== null && days >= criterion.days;
      return { holds, saw: { score: facts.score, days, since: criterion.since } };
    }
    case 'renewal_within': {
      const days = facts.daysToRenewal;
      return { holds: days !== null && days <= criterion.days, saw: { daysToRenewal: days } };
    }
  }
}

/** Parses a stored criterion; anything unreadable counts as "no criterion" (entered only by hand). */
export function readCriterion(raw: unknown): PhaseCriterion | null {
  if (raw === null || raw === undefined) return null;
  const parsed = PhaseCriterion.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
