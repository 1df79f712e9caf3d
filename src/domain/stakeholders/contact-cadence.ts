/**
 * Whether a stakeholder is being met as often as agreed (SPEC §3.9: "the agreed frequency and
 * channel of contact, last contact, overdue flags"). A contact counts only when it is a
 * meeting, call or email linked to the person on the account's timeline; notes are the
 * team's own memos, not contact with the customer.
 */
import type { ActivityKind } from '../accounts/fields.js';

/** Timeline kinds that count as having been in touch with a person. */
export const CONTACT_ACTIVITY_KINDS = ['meeting', 'call', 'email'] as const satisfies readonly ActivityKind[];

/** A next contact due within this many days is flagged as coming up. */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 86_400_000;

export type CadenceState = 'no_cadence' | 'never_contacted' | 'overdue' | 'due_soon' | 'on_track';

export interface CadenceInput {
  /** agreed contact frequency in days; null when none was agreed */
  cadenceDays: number | null;
  /** ISO instant of the latest meeting, call or email with the person, not after now */
  lastContactAt: string | null;
}

export interface CadenceStatus {
  state: CadenceState;
  /** true when a frequency was agreed and it has lapsed, or no contact was ever recorded */
  overdue: boolean;
  /** last contact + the agreed frequency; null without a frequency or without any contact */
  nextDueAt: string | null;
  /** days past the due moment, to the nearest day but at least 1; null unless overdue with a due date */
  daysOverdue: number | null;
  /** days left until due, to the nearest day (0: due today); null unless a due date lies ahead */
  daysUntilDue: number | null;
}

/**
 * @example
 *   cadenceStatus({ cadenceDays: 30, lastContactAt: '2026-10-01T01:00:00.000Z' }, new Date('2026-11-05T00:00:00Z'))
 *   // → { state: 'overdue', overdue: true, nextDueAt: '2026-10-31T01:00:00.000Z', daysOverdue: 5, daysUntilDue: null }
 */
export function cadenceStatus(input: CadenceInput, now: Date): CadenceStatus {
  if (!input.cadenceDays) return { state: 'no_cadence', overdue: false, nextDueAt: null, daysOverdue: null, daysUntilDue: null };
  // Consistent with the contact card: an agreed frequency with no contact on record is already a gap.
  if (!input.lastContactAt) return { state: 'never_contacted', overdue: true, nextDueAt: null, daysOverdue: null, daysUntilDue: null };
  const due = new Date(input.lastContactAt).getTime() + input.cadenceDays * DAY_MS;
  const nextDueAt = new Date(due).toISOString();
  const left = due - now.getTime();
  if (left < 0) {
    return { state: 'overdue', overdue: true, nextDueAt, daysOverdue: Math.max(1, Math.round(-left / DAY_MS)), daysUntilDue: null };
  }
  const daysUntilDue = Math.round(left / DAY_MS);
  return { state: daysUntilDue < DUE_SOON_DAYS ? 'due_soon' : 'on_track', overdue: false, nextDueAt, daysOverdue: null, daysUntilDue };
}
