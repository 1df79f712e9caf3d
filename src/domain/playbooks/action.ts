/**
 * What a playbook does when it fires (SPEC §3.6), run in order. Each action reports
 * done (it happened in the same transaction), queued (an email or webhook waiting in the
 * outbox, later sent) or failed (with the error), so the run log says what each firing achieved.
 */
import { z } from 'zod';
import { CONTACT_LEVELS, CONTACT_ROLES } from '../accounts/fields.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** who receives an email: the account owner, or the account's contacts of a role or a level */
export const EmailRecipient = z.union([
  z.literal('owner'),
  z.object({ role: z.enum(CONTACT_ROLES) }),
  z.object({ level: z.enum(CONTACT_LEVELS) }),
]);
export type EmailRecipient = z.infer<typeof EmailRecipient>;

export const PlaybookAction = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('create_task'),
    title: text(200),
    /** why the task exists; when empty, the trigger's description is used */
    reason: z.string().trim().max(1000).optional(),
    dueInDays: z.number().int().min(0).max(365),
    /** the account owner, or one member (user id) */
    assignee: z.union([z.literal('owner'), z.uuid()]),
  }),
  z.object({ type: z.literal('send_email'), templateId: z.uuid(), to: EmailRecipient }),
  /** posts { text, … } — the shape Slack incoming webhooks accept — with structured fields beside it */
  z.object({ type: z.literal('webhook'), url: z.url({ protocol: /^https?$/ }).max(2000), text: text(2000) }),
  z.object({ type: z.literal('set_phase'), phase: text(64) }),
  /** sets a custom field of the account (value coerced to the field's type; null clears it) */
  z.object({ type: z.literal('set_field'), field: z.string().regex(/^[A-Za-z0-9_]+$/).max(64), value: z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]) }),
]);
export type PlaybookAction = z.infer<typeof PlaybookAction>;
export type ActionType = PlaybookAction['type'];

export const ACTION_TYPES = ['create_task', 'send_email', 'webhook', 'set_phase', 'set_field'] as const satisfies readonly ActionType[];

export interface ActionResult {
  /**
   * As recorded when the run fired: done, queued or failed. Read back, a queued email or
   * webhook reports what its outbox rows say now (`deliveredResult`): sent once every one of
   * them went out, failed once one was given up on.
   */
  type: ActionType;
  status: 'done' | 'queued' | 'sent' | 'failed';
  error?: string;
  /** what it made: a task id, outbox ids ({ outboxIds } for emails, { outboxId } for a webhook), the phase, … */
  ref?: unknown;
}

/** An outbox row as the delivery worker leaves it. */
export interface OutboxState {
  status: 'pending' | 'sent' | 'dead';
  lastError: string | null;
}

/** The outbox ids a queued action made, from its ref. */
export function outboxIdsOf(result: ActionResult): string[] {
  const ref = (result.ref ?? {}) as { outboxIds?: unknown; outboxId?: unknown };
  if (Array.isArray(ref.outboxIds)) return ref.outboxIds.filter((id): id is string => typeof id === 'string');
  return typeof ref.outboxId === 'string' ? [ref.outboxId] : [];
}

/**
 * A queued action as its deliveries stand: failed when any was given up on (with the first
 * error, and how many of how many failed when there were several), sent when all went out,
 * else still queued. Rows it cannot find (none recorded) leave it as it was.
 */
export function deliveredResult(result: ActionResult, outbox: ReadonlyMap<string, OutboxState>): ActionResult {
  if (result.status !== 'queued') return result;
  const states = outboxIdsOf(result).map((id) => outbox.get(id)).filter((s): s is OutboxState => s !== undefined);
  if (states.length === 0) return result;
  const dead = states.filter((s) => s.status === 'dead');
  if (dead.length > 0) {
    const reason = dead[0]?.lastError ?? 'delivery gave up';
    return { ...result, status: 'failed', error: states.length > 1 ? `${dead.length} of ${states.length} failed: ${reason}` : reason };
  }
  return states.every((s) => s.status === 'sent') ? { ...result, status: 'sent' } : result;
}
