/** HTTP shapes of answering surveys: the public answer page's API, answers through the API, and the responses list. */
import { z } from '@hono/zod-openapi';
import { SURVEY_LANGUAGES, SurveyDefinition } from '../../../domain/surveys/definition.js';

const Language = z.enum(SURVEY_LANGUAGES);

export const SurveyTokenParam = z.object({ token: z.string().max(200).openapi({ param: { name: 'token', in: 'path' } }) });

const AnswerValue = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);
const AnswersMap = z.record(z.string(), z.unknown())
  .openapi({ description: 'answers keyed by question id: nps 0–10; csat/continuation/recommendation 1–5; yes_no true|false; expectation above|as|below; single an option id; multi an array of option ids; text a string (≤ 4,000 characters). Answers to hidden or unknown questions are dropped.' });

export const PublicSurvey = z.object({
  surveyName: z.string(),
  vendorName: z.string(),
  accountName: z.string(),
  contactName: z.string().openapi({ description: 'the name to greet: the first word of the contact name' }),
  language: Language.openapi({ description: 'the language the page starts in: that of the saved answer, else the invitation' }),
  languages: z.array(Language),
  definition: SurveyDefinition,
  closesAt: z.string().nullable(),
  editable: z.boolean().openapi({ description: 'whether the answer can still be changed (until the survey closes)' }),
  response: z.object({ answers: z.record(z.string(), AnswerValue), submittedAt: z.string(), updatedAt: z.string() }).nullable(),
}).openapi('PublicSurvey');
export type PublicSurvey = z.infer<typeof PublicSurvey>;

export const PublicAnswerInput = z.object({
  answers: AnswersMap,
  language: Language.optional(),
}).openapi('PublicAnswerInput');

export const PublicAnswerResult = PublicSurvey.extend({ created: z.boolean() }).openapi('PublicAnswerResult');

export const ApiAnswerInput = z.object({
  contactId: z.uuid().optional(),
  email: z.email().max(320).optional(),
  answers: AnswersMap,
  language: Language.optional().openapi({ description: "left out: the survey's first language" }),
}).refine((v) => (v.contactId === undefined) !== (v.email === undefined), { message: 'send contactId or email (one of them)', path: ['contactId'] })
  .openapi('ApiAnswerInput');
export type ApiAnswerInput = z.infer<typeof ApiAnswerInput>;

export const SurveyResponse = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  contactId: z.uuid(),
  contactName: z.string(),
  contactEmail: z.string().nullable(),
  language: z.string(),
  source: z.string(),
  answers: z.record(z.string(), z.unknown()),
  nps: z.number().nullable(),
  csat: z.number().nullable(),
  continuation: z.number().nullable(),
  recommendation: z.number().nullable(),
  trouble: z.boolean().nullable(),
  consulted: z.boolean().nullable(),
  handling: z.string().nullable(),
  submittedAt: z.string(),
  updatedAt: z.string(),
}).openapi('SurveyResponse');

export const ApiAnswerResult = SurveyResponse.extend({ created: z.boolean() }).openapi('ApiAnswerResult');

export const ResponseListQuery = z.object({
  accountId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  format: z.enum(['json', 'csv']).default('json'),
  lang: Language.optional().openapi({ description: "CSV only: the language of the headers and labels; left out: the survey's first language" }),
});

export const ResponseList = z.object({
  items: z.array(SurveyResponse),
  nextCursor: z.string().nullable(),
  total: z.number().int().openapi({ description: 'responses matching the filter' }),
  accounts: z.array(z.object({ id: z.uuid(), name: z.string(), responses: z.number().int() })).openapi({ description: 'every account that answered, for filtering' }),
  definition: SurveyDefinition.openapi({ description: 'the questions, to show the answers against' }),
}).openapi('SurveyResponseList');
