/** HTTP shapes of the voice of the customer (SPEC §3.13, issue 6): items, mentions, candidates, settings. */
import { z } from '@hono/zod-openapi';
import { AREA_MAX_LENGTH, AREAS_PER_ITEM_MAX } from '../../../domain/voc/areas.js';
import { VOC_SORTS } from '../../../domain/voc/rank.js';
import { VOC_KINDS, VOC_SOURCE_KINDS, VOC_STATUSES } from '../../../domain/voc/status.js';

const Areas = z.array(z.string().trim().min(1).max(AREA_MAX_LENGTH)).max(AREAS_PER_ITEM_MAX)
  .openapi({ description: 'product-area tags, e.g. ["レポート", "連携/API"]' });
const Quote = z.string().trim().max(4000).openapi({ description: 'what the customer said, in their words' });

export const MentionInput = z.object({
  sourceKind: z.enum(VOC_SOURCE_KINDS),
  sourceId: z.uuid().optional().openapi({ description: 'the survey response, timeline entry or task heard from; left out for manual' }),
  accountId: z.uuid().optional().openapi({ description: 'required for manual mentions; otherwise the source\'s account' }),
  quote: Quote.optional().openapi({ description: 'left out: the source\'s text (a note\'s body, a task\'s title, a response\'s free-text answers)' }),
}).openapi('VocMentionInput');
export type MentionInput = z.infer<typeof MentionInput>;

export const CreateItemInput = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).optional(),
  kind: z.enum(VOC_KINDS).default('request'),
  areas: Areas.default([]),
  mention: MentionInput.optional().openapi({ description: 'the first evidence, so a candidate becomes an item in one call' }),
}).openapi('CreateVocItemInput');
export type CreateItemInput = z.infer<typeof CreateItemInput>;

export const UpdateItemInput = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  description: z.string().trim().max(4000).nullable().optional(),
  kind: z.enum(VOC_KINDS).optional(),
  areas: Areas.optional(),
}).openapi('UpdateVocItemInput');
export type UpdateItemInput = z.infer<typeof UpdateItemInput>;

export const MoveItemInput = z.object({
  status: z.enum(VOC_STATUSES).exclude(['sent']).openapi({ description: 'planned, done, declined or new (reopen); send to product with /send' }),
}).openapi('MoveVocItemInput');

export const VocItem = z.object({
  id: z.uuid(),
  rank: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(VOC_KINDS),
  areas: z.array(z.string()),
  status: z.enum(VOC_STATUSES),
  accounts: z.number().int().openapi({ description: 'accounts behind the item, each counted once' }),
  arr: z.number().openapi({ description: 'current ARR of those accounts (MRR × 12), minor units of the base currency' }),
  mentions: z.number().int(),
  lastHeardAt: z.string(),
  moves: z.array(z.enum(VOC_STATUSES)).openapi({ description: 'statuses a move may take it to now' }),
  canSend: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
}).openapi('VocItem');
export type VocItem = z.infer<typeof VocItem>;

export const VocMention = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  sourceKind: z.enum(VOC_SOURCE_KINDS),
  sourceId: z.uuid().nullable(),
  quote: z.string().nullable(),
  createdBy: z.string().nullable().openapi({ description: 'the member\'s name' }),
  createdAt: z.string(),
}).openapi('VocMention');
export type VocMention = z.infer<typeof VocMention>;

export const VocItemDetail = VocItem.extend({
  currency: z.string(),
  mentionList: z.array(VocMention).openapi({ description: 'newest first' }),
  accountList: z.array(z.object({ accountId: z.uuid(), accountName: z.string(), arr: z.number(), mentions: z.number().int() }))
    .openapi({ description: 'the accounts behind the item, largest ARR first' }),
}).openapi('VocItemDetail');
export type VocItemDetail = z.infer<typeof VocItemDetail>;

export const VocItemListQuery = z.object({
  status: z.enum(VOC_STATUSES).optional(),
  area: z.string().max(AREA_MAX_LENGTH).optional(),
  kind: z.enum(VOC_KINDS).optional(),
  sort: z.enum(VOC_SORTS).default('accounts'),
  format: z.enum(['json', 'csv']).optional(),
});

export const VocItemList = z.object({
  currency: z.string(),
  items: z.array(VocItem),
  counts: z.object(Object.fromEntries(['all', ...VOC_STATUSES].map((s) => [s, z.number().int()])) as Record<'all' | (typeof VOC_STATUSES)[number], z.ZodNumber>),
  areas: z.array(z.object({ area: z.string(), items: z.number().int() })).openapi({ description: 'tags in use, most used first' }),
}).openapi('VocItemList');

export const SendResult = z.object({ item: VocItemDetail, webhookQueued: z.boolean() }).openapi('VocSendResult');

export const VocCandidate = z.object({
  sourceKind: z.enum(['survey_response', 'activity']),
  sourceId: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  contactName: z.string().nullable(),
  text: z.string(),
  at: z.string(),
  surveyName: z.string().nullable(),
  questionId: z.string().nullable(),
  questionText: z.object({ ja: z.string(), en: z.string() }).nullable(),
  activityKind: z.string().nullable(),
}).openapi('VocCandidate');
export type VocCandidate = z.infer<typeof VocCandidate>;

export const CandidateQuery = z.object({
  days: z.coerce.number().int().min(1).max(730).default(180),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  accountId: z.uuid().optional(),
  dismissed: z.enum(['true', 'false']).default('false').openapi({ description: 'true: the candidates set aside instead of the inbox' }),
});

export const CandidateRef = z.object({
  sourceKind: z.enum(['survey_response', 'activity']),
  sourceId: z.uuid(),
  questionId: z.string().min(1).max(100).nullable().openapi({ description: 'the text question of a survey response; null for a timeline entry' }),
}).superRefine((ref, ctx) => {
  if (ref.sourceKind === 'survey_response' && ref.questionId === null) {
    ctx.addIssue({ code: 'custom', path: ['questionId'], message: 'a survey answer needs the id of its text question' });
  }
}).openapi('VocCandidateRef');

export const VocSettings = z.object({
  webhookUrl: z.string().nullable().openapi({ description: 'shown only to members who may triage VOC (it may hold a secret)' }),
  webhookConfigured: z.boolean(),
  areas: z.array(z.string()),
  saved: z.boolean().openapi({ description: 'false: nothing saved yet, the areas are the defaults' }),
}).openapi('VocSettings');

export const VocSettingsInput = z.object({
  webhookUrl: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2000).nullable(),
  areas: z.array(z.string().trim().min(1).max(AREA_MAX_LENGTH)).max(50),
}).openapi('VocSettingsInput');
