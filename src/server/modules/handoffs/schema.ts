/** HTTP shapes of sales → CS handoffs (SPEC §3.7, issue 5). The content itself is domain/handoffs/content.ts. */
import { z } from '@hono/zod-openapi';
import { HandoffContent } from '../../../domain/handoffs/content.js';
import { HANDOFF_SECTIONS } from '../../../domain/handoffs/content.js';
import { COMPLETENESS_BANDS } from '../../../domain/handoffs/bands.js';
import { HANDOFF_STATUSES } from '../../../domain/handoffs/status.js';

export const CreateHandoffInput = z.object({
  content: HandoffContent.optional()
    .openapi({ description: 'left out: start from what Kizuna knows (contract from billing, contacts marked decision maker or project member)' }),
}).openapi('CreateHandoffInput');
export type CreateHandoffInput = z.infer<typeof CreateHandoffInput>;

export const UpdateHandoffInput = z.object({
  content: HandoffContent.openapi({ description: 'the whole content; replaces what was stored' }),
}).openapi('UpdateHandoffInput');
export type UpdateHandoffInput = z.infer<typeof UpdateHandoffInput>;

export const AcceptHandoffInput = z.object({
  note: z.string().trim().max(4000).optional().openapi({ description: 'a note for sales, e.g. thanks or what CS will do first' }),
}).openapi('AcceptHandoffInput');

export const ReturnHandoffInput = z.object({
  questions: z.string().trim().min(1, 'say what CS needs to know').max(4000)
    .openapi({ description: 'what CS asks sales to answer before it accepts' }),
}).openapi('ReturnHandoffInput');

const SectionScore = z.object({
  section: z.enum(HANDOFF_SECTIONS),
  points: z.number(),
  weight: z.number(),
  missing: z.array(z.string()),
});

export const Handoff = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  accountOwnerId: z.uuid().nullable(),
  accountOwnerName: z.string().nullable(),
  status: z.enum(HANDOFF_STATUSES),
  completeness: z.number().int().openapi({ description: '0–100 (domain/handoffs/completeness.ts)' }),
  band: z.enum(COMPLETENESS_BANDS).openapi({ description: 'low < 50 ≤ medium < 80 ≤ high' }),
  missing: z.array(z.string()).openapi({ description: 'what is missing, as section.item keys, heaviest section first' }),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewerId: z.uuid().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable().openapi({ description: 'CS\'s questions when returned; its note when accepted' }),
  actions: z.array(z.enum(['edit', 'submit', 'accept', 'return'])).openapi({ description: 'what the status allows now' }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Handoff');
export type Handoff = z.infer<typeof Handoff>;

export const HandoffEvent = z.object({
  event: z.string().openapi({ example: 'handoff.returned' }),
  at: z.string(),
  actorName: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const HandoffDetail = Handoff.extend({
  content: HandoffContent,
  sections: z.array(SectionScore),
  history: z.array(HandoffEvent).openapi({ description: 'created, edited, submitted, returned, accepted — oldest first' }),
}).openapi('HandoffDetail');
export type HandoffDetail = z.infer<typeof HandoffDetail>;

export const AccountHandoff = z.object({ handoff: HandoffDetail.nullable() }).openapi('AccountHandoff');

export const HandoffListQuery = z.object({
  status: z.enum(HANDOFF_STATUSES).optional(),
  authorId: z.uuid().optional(),
  band: z.enum(COMPLETENESS_BANDS).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

export const HandoffList = z.object({
  items: z.array(Handoff),
  counts: z.object({ all: z.number(), draft: z.number(), submitted: z.number(), accepted: z.number(), returned: z.number() }),
  byAuthor: z.array(z.object({
    authorId: z.uuid().nullable(), authorName: z.string().nullable(), handoffs: z.number(), averageCompleteness: z.number().nullable(),
    returned: z.number(),
  })).openapi({ description: 'per sales rep, over the handoffs listed' }),
}).openapi('HandoffList');
