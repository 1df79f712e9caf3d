/**
 * How a goal's progress can be bound to a Kizuna measure so it updates itself, instead of being
 * entered by hand. Stored in success_goals.binding (null = entered by hand) and evaluated by
 * server/modules/outcomes/refresh-bound-goals.ts in one set-based statement.
 */
import { z } from 'zod';

/** Custom-field keys are snake_case identifiers (see custom field definitions). */
const FIELD_KEY = /^[a-z][a-z0-9_]{0,62}$/;

export const GoalBinding = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('usage_events'),
    /** one event name, e.g. "Report Exported"; every event when left out */
    event: z.string().trim().min(1).max(200).optional(),
    windowDays: z.number().int().min(1).max(365),
  }),
  z.object({ type: z.literal('active_users'), windowDays: z.number().int().min(1).max(365) }),
  z.object({ type: z.literal('health_score') }),
  /** the raw value of one measure of the account's health score (health_scores.explanation) */
  z.object({ type: z.literal('health_measure'), measureId: z.string().trim().min(1).max(100) }),
  /** 'mrr' (in the base currency's major unit), 'seats' (active subscription quantity), or a numeric custom field */
  z.object({ type: z.literal('account_field'), field: z.union([z.literal('mrr'), z.literal('seats'), z.string().regex(FIELD_KEY)]) }),
]);
export type GoalBinding = z.infer<typeof GoalBinding>;

export const GOAL_BINDING_TYPES = ['usage_events', 'active_users', 'health_score', 'health_measure', 'account_field'] as const;
export type GoalBindingType = (typeof GOAL_BINDING_TYPES)[number];
