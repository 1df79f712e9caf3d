/**
 * What makes a playbook fire (SPEC §3.6). Two kinds:
 * - state triggers hold or not for an account at a moment (health in a band, a drop, renewal
 *   near, …). Holding opens an episode; the playbook fires once when it opens and may fire again
 *   only after the episode closed because the trigger stopped holding (the account recovered).
 * - event triggers fire on one thing that happened (a phase entered, a detractor answer, a
 *   product event seen). Each event fires at most once: its id is the episode key.
 */
import { z } from 'zod';

const band = z.enum(['red', 'yellow', 'green']);
const positiveDays = z.number().int().min(1).max(3650);

export const PlaybookTrigger = z.discriminatedUnion('type', [
  /** the account's health band is `band` (opens when it enters the band, closes when it leaves) */
  z.object({ type: z.literal('health_band_entered'), band }),
  /** the composite health score is below `value` */
  z.object({ type: z.literal('health_score_below'), value: z.number().min(0).max(100) }),
  /** the score fell by at least `points` from its highest daily score of the last `days` days */
  z.object({ type: z.literal('health_drop'), points: z.number().min(1).max(100), days: positiveDays.max(365) }),
  /** the account entered phase `phase` (event: the timeline's phase.entered entry) */
  z.object({ type: z.literal('phase_entered'), phase: z.string().min(1).max(64) }),
  /** the renewal date is today or within `days` days */
  z.object({ type: z.literal('renewal_within'), days: positiveDays }),
  /**
   * product usage of the last 7 complete days fell by at least `percent` % against the 7 days
   * before (all events, or only `event`); an account with no usage in the earlier week never holds
   */
  z.object({ type: z.literal('usage_drop'), percent: z.number().min(1).max(100), event: z.string().min(1).max(200).optional() }),
  /** a survey answer with NPS 0–6 (event: the timeline's survey.answered entry; surveys arrive with issue 6) */
  z.object({ type: z.literal('nps_detractor') }),
  /** the account's latest handoff is submitted or returned with completeness below `below` */
  z.object({ type: z.literal('handoff_incomplete'), below: z.number().int().min(1).max(100) }),
  /** a success goal is past its due date and neither achieved nor dropped */
  z.object({ type: z.literal('goal_overdue') }),
  /** a live success goal's next review date has passed */
  z.object({ type: z.literal('goal_review_overdue') }),
  /** the tier's meeting or business-review cadence is overdue */
  z.object({ type: z.literal('no_touch') }),
  /** a product event of this name was seen for the account (event: once per account and day) */
  z.object({ type: z.literal('custom_event'), event: z.string().min(1).max(200) }),
]);
export type PlaybookTrigger = z.infer<typeof PlaybookTrigger>;
export type TriggerType = PlaybookTrigger['type'];

export const TRIGGER_TYPES = [
  'health_band_entered', 'health_score_below', 'health_drop', 'phase_entered', 'renewal_within', 'usage_drop',
  'nps_detractor', 'handoff_incomplete', 'goal_overdue', 'goal_review_overdue', 'no_touch', 'custom_event',
] as const satisfies readonly TriggerType[];

export const EVENT_TRIGGER_TYPES = ['phase_entered', 'nps_detractor', 'custom_event'] as const satisfies readonly TriggerType[];
export type EventTrigger = Extract<PlaybookTrigger, { type: (typeof EVENT_TRIGGER_TYPES)[number] }>;
export type StateTrigger = Exclude<PlaybookTrigger, EventTrigger>;

export function isEventTrigger(trigger: PlaybookTrigger): trigger is EventTrigger {
  return (EVENT_TRIGGER_TYPES as readonly string[]).includes(trigger.type);
}

/** NPS answers from 0 to 6 are detractors (Reichheld's definition of the Net Promoter Score). */
export const NPS_DETRACTOR_MAX = 6;
