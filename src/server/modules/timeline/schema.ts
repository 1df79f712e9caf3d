/** HTTP shapes of the account timeline (SPEC §3.9): notes, meetings, calls, emails and system entries. */
import { z } from '@hono/zod-openapi';
import { ACTIVITY_KINDS, MANUAL_ACTIVITY_KINDS } from '../../../domain/accounts/fields.js';

export const ACTIVITY_BODY_MAX = 20_000;

const occurredAt = z.iso.datetime({ offset: true })
  .openapi({ description: 'when it happened, ISO 8601 with an offset (e.g. 2026-04-01T10:00:00+09:00)' });
const subject = z.string().trim().max(300).nullable();
const body = z.string().trim().min(1, 'body is required').max(ACTIVITY_BODY_MAX);
const contactId = z.uuid().nullable().openapi({ description: 'the contact it was with; must be a contact of the account' });

export const CreateActivityInput = z.object({
  kind: z.enum(MANUAL_ACTIVITY_KINDS),
  occurredAt: occurredAt.optional().openapi({ description: 'defaults to now' }),
  subject: subject.optional(),
  body,
  contactId: contactId.optional(),
}).openapi('CreateActivityInput');
export type CreateActivityInput = z.infer<typeof CreateActivityInput>;

export const UpdateActivityInput = z.object({
  kind: z.enum(MANUAL_ACTIVITY_KINDS).optional(),
  occurredAt: occurredAt.optional(),
  subject: subject.optional(),
  body: body.optional(),
  contactId: contactId.optional(),
}).openapi('UpdateActivityInput');
export type UpdateActivityInput = z.infer<typeof UpdateActivityInput>;

export const Activity = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  kind: z.enum(ACTIVITY_KINDS),
  occurredAt: z.string(),
  authorId: z.uuid().nullable().openapi({ description: 'the member who wrote it or whose change made it; null for API keys' }),
  authorName: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string().nullable(),
  event: z.string().nullable().openapi({ description: 'for system entries: what happened, e.g. contact.created, subscription.changed' }),
  data: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'for system entries: the details (changes, MRR before and after …)' }),
  createdAt: z.string(),
}).openapi('Activity');
export type Activity = z.infer<typeof Activity>;

export const ListTimelineQuery = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
export type ListTimelineQuery = z.infer<typeof ListTimelineQuery>;

export const ActivityPage = z.object({
  items: z.array(Activity),
  nextCursor: z.string().nullable(),
}).openapi('ActivityPage');
