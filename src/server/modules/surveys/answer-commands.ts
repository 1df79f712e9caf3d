/**
 * Answering a survey: through a recipient's link (no sign-in) or through the API on a contact's
 * behalf. Either way the answers are validated against the survey's definition, the scores
 * extracted, the one response of the contact saved (or replaced), and the account's timeline
 * given ONE survey.answered entry per response — an edit rewrites that entry's data. The
 * playbook trigger nps_detractor reads entries created since its last pass, so an answer fires
 * it once, and an edit does not fire it again. Audit row, response and timeline entry are
 * written in one transaction; the database queues the account's health recompute (0013).
 */
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { recordAudit, type Actor } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { extractScores, validateAnswers } from '../../../domain/surveys/answers.js';
import { type Answers, SurveyDefinition, type SurveyLanguage } from '../../../domain/surveys/definition.js';
import { isAnswerable } from '../../../domain/surveys/lifecycle.js';
import {
  ensureRecipient, findContacts, findLink, findSurveyForAnswer, selectResponses, updateAnsweredEntry, upsertResponse,
  type LinkEntry, type SurveyForAnswer,
} from './answer-store.js';
import { surveyTokenWorkspace } from './survey-token.js';
import type { ApiAnswerInput, PublicSurvey } from './answer-schema.js';

/** The one way an unknown or malformed link answers: the same 404 after the same single lookup. */
const linkNotFound = () => new AppError('survey_link.not_found', { detail: 'This survey link is not valid.' });

function definitionOf(survey: SurveyForAnswer): SurveyDefinition {
  const parsed = SurveyDefinition.safeParse(survey.definition);
  if (!parsed.success) throw new AppError('internal', { detail: 'The survey definition is not valid.' });
  return parsed.data;
}

/** Refuses answers to a survey that is not open: drafts 409, closed (or past its planned close) 410. */
function assertAnswerable(survey: SurveyForAnswer, now: Date) {
  if (survey.status === 'draft') throw new AppError('survey.not_open', { detail: 'This survey is not open yet.' });
  if (!isAnswerable(survey, now)) throw new AppError('survey.closed', { detail: 'This survey has closed.' });
}

/** The name to greet: the first word of the contact's name (the family name when written in Japanese). */
export function greetingName(name: string): string {
  return name.trim().split(/[\s\u3000]+/)[0] ?? '';
}

function languageOf(value: string, survey: SurveyForAnswer): SurveyLanguage {
  if (value === 'ja' || value === 'en') return value;
  return survey.languages[0] === 'en' ? 'en' : 'ja';
}

export async function openLink(db: Db, token: string, now: Date): Promise<PublicSurvey> {
  const workspaceId = surveyTokenWorkspace(token);
  return db.transaction(async (tx) => {
    const link = await findLink(tx, workspaceId, token, now);
    if (!link) throw linkNotFound();
    assertAnswerable(link.survey, now);
    return presentLink(link);
  });
}

function presentLink(link: LinkEntry): PublicSurvey {
  const languages = link.survey.languages.filter((l): l is SurveyLanguage => l === 'ja' || l === 'en');
  const definition = definitionOf(link.survey);
  return {
    surveyName: link.survey.name,
    vendorName: link.vendorName,
    accountName: link.accountName,
    contactName: greetingName(link.contactName),
    language: languageOf(link.response?.language ?? link.language, link.survey),
    languages: languages.length > 0 ? languages : ['ja', 'en'],
    definition,
    closesAt: link.survey.closesAt,
    editable: true,
    response: link.response
      ? { answers: link.response.answers as Answers, submittedAt: link.response.submittedAt, updatedAt: link.response.updatedAt }
      : null,
  };
}

interface SaveContext {
  workspaceId: string;
  actor: Actor;
  authorId: string | null;
  survey: SurveyForAnswer;
  accountId: string;
  contactId: string;
  recipientId: string | null;
  source: 'link' | 'api';
  language: SurveyLanguage;
  rawAnswers: unknown;
}

/** Validate, extract, save, and record the timeline entry and audit row (inside the caller's transaction). */
async function saveResponse(tx: Tx, ctx: SaveContext, now: Date) {
  const definition = definitionOf(ctx.survey);
  const checked = validateAnswers(definition, ctx.rawAnswers);
  if (!checked.ok) {
    throw new AppError('survey.bad_answers', {
      detail: 'Some answers are missing or not valid.',
      fields: checked.errors.map((e) => ({ path: e.question ? `answers.${e.question}` : 'answers', message: e.code })),
    });
  }
  const scores = extractScores(definition, checked.answers);
  const saved = await upsertResponse(tx, ctx.workspaceId, {
    surveyId: ctx.survey.id, accountId: ctx.accountId, contactId: ctx.contactId, recipientId: ctx.recipientId,
    answers: checked.answers, language: ctx.language, source: ctx.source, scores,
  }, now);
  const data = {
    surveyId: ctx.survey.id, surveyName: ctx.survey.name, responseId: saved.id, contactId: ctx.contactId,
    nps: scores.nps, csat: scores.csat, continuation: scores.continuation,
  };
  const rewritten = !saved.inserted && await updateAnsweredEntry(tx, ctx.workspaceId, ctx.accountId, saved.id, data);
  if (!rewritten) {
    await recordSystemEvents(tx, ctx.workspaceId, ctx.authorId, [{ accountId: ctx.accountId, contactId: ctx.contactId, event: 'survey.answered', data }], now);
  }
  await recordAudit(tx, ctx.actor, {
    action: saved.inserted ? 'create' : 'update', entity: 'survey_response', entityId: saved.id,
    changes: { surveyId: ctx.survey.id, contactId: ctx.contactId, source: ctx.source, nps: scores.nps, csat: scores.csat, continuation: scores.continuation, ...(saved.before ? { before: saved.before } : {}) },
  }, now);
  return { id: saved.id, created: saved.inserted };
}

/** Save or edit the response behind a link. */
export async function answerLink(db: Db, token: string, input: { answers: unknown; language?: SurveyLanguage | undefined }, now: Date) {
  const workspaceId = surveyTokenWorkspace(token);
  return db.transaction(async (tx) => {
    const link = await findLink(tx, workspaceId, token, now);
    if (!link) throw linkNotFound();
    assertAnswerable(link.survey, now);
    const saved = await saveResponse(tx, {
      workspaceId, actor: { workspaceId, actor: { type: 'system', id: null } }, authorId: null, survey: link.survey,
      accountId: link.accountId, contactId: link.contactId, recipientId: link.recipientId, source: 'link',
      language: languageOf(input.language ?? link.response?.language ?? link.language, link.survey), rawAnswers: input.answers,
    }, now);
    const after = await findLink(tx, workspaceId, token, null);
    if (!after) throw linkNotFound();
    return { ...presentLink(after), created: saved.created };
  });
}

/** Save or edit a contact's response through the API (the recipient row is created when missing). */
export async function answerByApi(db: Db, principal: Principal, surveyId: string, input: ApiAnswerInput, now: Date) {
  const workspaceId = principal.workspaceId;
  return db.transaction(async (tx) => {
    const survey = await findSurveyForAnswer(tx, workspaceId, surveyId);
    if (!survey) throw notFound('survey.not_found', surveyId);
    const contacts = await findContacts(tx, workspaceId, input.contactId ? { contactId: input.contactId } : { email: input.email ?? '' });
    const [contact] = contacts;
    if (!contact) {
      if (input.contactId) throw notFound('contact.not_found', input.contactId);
      throw new AppError('contact.not_found', { detail: 'No contact has this email.', fields: [{ path: 'email', message: 'no contact has this email' }] });
    }
    if (contacts.length > 1) {
      throw new AppError('request.invalid', { fields: [{ path: 'email', message: 'several contacts have this email: send contactId instead' }] });
    }
    assertAnswerable(survey, now);
    const language = languageOf(input.language ?? '', survey);
    const recipient = await ensureRecipient(tx, workspaceId, survey.id, contact, language, now);
    const saved = await saveResponse(tx, {
      workspaceId, actor: principal, authorId: principal.userId, survey, accountId: contact.accountId, contactId: contact.id,
      recipientId: recipient.id, source: 'api', language, rawAnswers: input.answers,
    }, now);
    const [row] = await selectResponses(tx, workspaceId, survey.id, { responseId: saved.id });
    if (!row) throw new AppError('internal');
    return { ...row, created: saved.created };
  });
}
