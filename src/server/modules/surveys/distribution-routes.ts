/** /api/v1 survey distribution — thin: parse, authorise (by the route guard), call one use case, present. */
import { newRouter } from '../../app-router.js';
import { notFound } from '../../errors.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { addRecipients, remindNonRespondents, removeRecipient, sendInvitations } from './distribution-commands.js';
import { recipientCounts, selectRecipients } from './distribution-list-store.js';
import { publicBaseUrl } from './distribution-mail.js';
import {
  RecipientFilter, RecipientIdParam, RecipientList, RecipientListQuery, RecipientSelection, ResponseRates, ResponseRatesQuery, SendResult,
} from './distribution-schema.js';
import { findDistributionSurvey } from './distribution-store.js';
import { responseRates } from './response-rates.js';

const tags = ['surveys'];

export function distributionRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/recipients', tags, summary: 'The contacts a survey goes to: invited, reminded, opened, answered',
    request: { params: IdParam, query: RecipientListQuery },
    responses: { 200: jsonResponse(RecipientList, 'The survey, its counts and a page of recipients (by account, then contact)') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const id = c.req.valid('param').id;
    const survey = await findDistributionSurvey(db, ws, id);
    if (!survey) throw notFound('survey.not_found', id);
    const page = await selectRecipients(db, ws, id, c.req.valid('query'));
    return c.json({
      survey: {
        id: survey.id, name: survey.name, status: survey.status, languages: survey.languages,
        remindAfterDays: survey.remindAfterDays, closesAt: survey.closesAt?.toISOString() ?? null,
      },
      counts: await recipientCounts(db, ws, id, c.var.deps.now()),
      ...page,
    }, 200);
  });

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys/{id}/recipients', tags, summary: 'Add the contacts the filters match (idempotent; contacts without an email are skipped and counted)',
    request: { params: IdParam, body: jsonBody(RecipientFilter) },
    responses: { 200: jsonResponse(RecipientSelection, 'How many matched, were added, were already there, had no email') },
  }), async (c) => c.json(await addRecipients(
    c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now(),
  ), 200));

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys/{id}/recipients/preview', tags, summary: 'Count what adding these filters would do, without adding anyone',
    request: { params: IdParam, body: jsonBody(RecipientFilter) },
    responses: { 200: jsonResponse(RecipientSelection, 'The counts adding would give') },
  }), async (c) => c.json(await addRecipients(
    c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now(), true,
  ), 200));

  app.openapi(guardedRoute('survey.manage', {
    method: 'delete', path: '/survey-recipients/{id}', tags, summary: 'Take a recipient who has not answered off the survey (their link stops working)',
    request: { params: RecipientIdParam },
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    await removeRecipient(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys/{id}/send', tags, summary: 'Email the invitation to every recipient not yet invited (open surveys only)',
    request: { params: IdParam },
    responses: { 200: jsonResponse(SendResult, 'How many invitations were queued') },
  }), async (c) => c.json(await sendInvitations(
    c.var.deps.database.db, principalOf(c), c.req.valid('param').id, publicBaseUrl(c.req.url), c.var.deps.now(),
  ), 200));

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys/{id}/remind', tags, summary: 'Remind non-respondents invited at least a day ago (and not reminded within a day)',
    request: { params: IdParam },
    responses: { 200: jsonResponse(SendResult, 'How many reminders were queued') },
  }), async (c) => c.json(await remindNonRespondents(
    c.var.deps.database.db, principalOf(c), c.req.valid('param').id, publicBaseUrl(c.req.url), c.var.deps.now(),
  ), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/response-rates', tags, summary: 'Response rate (回答回収数) overall and by tier, phase, plan, size, industry or owner',
    request: { params: IdParam, query: ResponseRatesQuery },
    responses: { 200: jsonResponse(ResponseRates, 'Invited, opened, responded and the rate with its 95% Wilson interval') },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const id = c.req.valid('param').id;
    if (!(await findDistributionSurvey(db, ws, id))) throw notFound('survey.not_found', id);
    const by = c.req.valid('query').by ?? null;
    return c.json({ by, ...(await responseRates(db, ws, id, by)) }, 200);
  });

  return app;
}
