/** HTTP shapes of surveys (SPEC §3.8, issue 6). The definition itself is domain/surveys/definition.ts. */
import { z } from '@hono/zod-openapi';
import { SURVEY_LANGUAGES, SurveyDefinition } from '../../../domain/surveys/definition.js';
import { SURVEY_STATUSES } from '../../../domain/surveys/lifecycle.js';
import { TEMPLATE_KEYS } from '../../../domain/surveys/templates.js';

export const SURVEY_KINDS = ['cx', 'nps', 'custom'] as const;

const EmailText = z.object({ ja: z.string().max(20_000).optional(), en: z.string().max(20_000).optional() }).nullable()
  .openapi({ description: 'per language; null = the built-in invitation text' });
const Languages = z.array(z.enum(SURVEY_LANGUAGES)).min(1).max(2)
  .refine((l) => new Set(l).size === l.length, 'each language once')
  .openapi({ description: 'languages the survey is offered in; the first is the default' });
const Series = z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'lower-case letters, digits, - and _').nullable()
  .openapi({ description: 'surveys of one series are the same survey run again (定点観測), e.g. cx-annual' });

const editable = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(SURVEY_KINDS),
  series: Series,
  definition: SurveyDefinition,
  languages: Languages,
  emailSubject: EmailText,
  emailBody: EmailText,
  remindAfterDays: z.number().int().min(1).max(60).nullable().openapi({ description: 'remind non-respondents this many days after the invitation; null = manual only' }),
  closesAt: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'the survey closes itself when this passes' }),
};

export const CreateSurveyInput = z.object({
  name: editable.name,
  template: z.enum(TEMPLATE_KEYS).optional().openapi({ description: 'start from a ready template (GET /survey-templates); left out with no definition: a blank survey' }),
  kind: editable.kind.optional(),
  series: editable.series.optional(),
  definition: editable.definition.optional(),
  languages: editable.languages.optional(),
  emailSubject: editable.emailSubject.optional(),
  emailBody: editable.emailBody.optional(),
  remindAfterDays: editable.remindAfterDays.optional(),
  closesAt: editable.closesAt.optional(),
}).openapi('CreateSurveyInput');
export type CreateSurveyInput = z.infer<typeof CreateSurveyInput>;

export const UpdateSurveyInput = z.object({
  name: editable.name.optional(),
  kind: editable.kind.optional(),
  series: editable.series.optional(),
  definition: editable.definition.optional(),
  languages: editable.languages.optional(),
  emailSubject: editable.emailSubject.optional(),
  emailBody: editable.emailBody.optional(),
  remindAfterDays: editable.remindAfterDays.optional(),
  closesAt: editable.closesAt.optional(),
}).openapi('UpdateSurveyInput', { description: 'while open only name, closesAt, remindAfterDays and the email texts may change; once closed only the name' });
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyInput>;

export const DuplicateSurveyInput = z.object({
  name: editable.name.optional().openapi({ description: 'left out: the name with its year moved on ("… 2025" → "… 2026")' }),
}).openapi('DuplicateSurveyInput');

const Counts = z.object({
  recipients: z.number().int(),
  invited: z.number().int(),
  responses: z.number().int().openapi({ description: 'all responses, whichever way they arrived' }),
  responseRate: z.number().nullable().openapi({ description: 'invited recipients who answered ÷ invited (回答回収率); null before any invitation' }),
  npsAnswers: z.number().int(),
  nps: z.number().nullable().openapi({ description: '% promoters (9–10) − % detractors (0–6), one decimal; null without NPS answers' }),
});

const Issue = z.object({ path: z.string(), question: z.string().nullable(), code: z.string(), message: z.string() });

const base = {
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(SURVEY_KINDS),
  series: z.string().nullable(),
  status: z.enum(SURVEY_STATUSES),
  languages: z.array(z.enum(SURVEY_LANGUAGES)),
  questionCount: z.number().int(),
  remindAfterDays: z.number().int().nullable(),
  openedAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.enum(['edit', 'open', 'close', 'delete', 'duplicate'])).openapi({ description: 'what the status allows now' }),
  counts: Counts,
};

export const SurveySummary = z.object(base).openapi('SurveySummary');
export type SurveySummary = z.infer<typeof SurveySummary>;

export const Survey = z.object({
  ...base,
  definition: SurveyDefinition,
  emailSubject: EmailText,
  emailBody: EmailText,
  issues: z.array(Issue).openapi({ description: 'what must be fixed before the survey can open (drafts; empty otherwise)' }),
}).openapi('Survey');
export type Survey = z.infer<typeof Survey>;

export const SurveyListQuery = z.object({
  status: z.enum(SURVEY_STATUSES).optional(),
  kind: z.enum(SURVEY_KINDS).optional(),
  series: z.string().optional(),
});

export const SurveyList = z.object({ items: z.array(SurveySummary) }).openapi('SurveyList');

export const SurveyTemplateSchema = z.object({
  key: z.enum(TEMPLATE_KEYS),
  kind: z.enum(SURVEY_KINDS),
  series: z.string().nullable(),
  name: z.object({ ja: z.string(), en: z.string() }),
  description: z.object({ ja: z.string(), en: z.string() }),
  definition: SurveyDefinition,
}).openapi('SurveyTemplate');

export const SurveyTemplateList = z.object({ items: z.array(SurveyTemplateSchema) }).openapi('SurveyTemplateList');
