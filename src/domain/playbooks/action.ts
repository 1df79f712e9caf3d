/**
 * What a playbook does when it fires (SPEC §3.6), run in order. Each action reports
 * done (it happened in the same transaction), queued (an email or webhook waiting in the
 * outbox) or failed (with the error), so the run log says what each firing achieved.
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
  type: ActionType;
  status: 'done' | 'queued' | 'failed';
  error?: string;
  /** what it made: a task id, outbox ids, the phase, … */
  ref?: unknown;
}
