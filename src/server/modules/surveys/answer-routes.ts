/**
 * Answering surveys: the public answer page's API behind a recipient's link (no sign-in; never
 * cached, indexed or referred onwards), answers through the API, and a survey's responses.
 */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { AppError, notFound } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf, publicRoute } from '../../http/route.js';
import { csvResponse } from '../metrics/csv.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { SurveyDefinition } from '../../../domain/surveys/definition.js';
import { PUBLIC_PLAN_HEADERS } from '../outcomes/share-routes.js';
import { answerByApi, answerLink, openLink } from './answer-commands.js';
import { responsesCsv } from './answer-csv.js';
import {
  ApiAnswerInput, ApiAnswerResult, PublicAnswerInput, PublicAnswerResult, PublicSurvey, ResponseList, ResponseListQuery, SurveyTokenParam,
} from './answer-schema.js';
import { countResponses, findSurveyForAnswer, responseAccounts, selectResponses } from './answer-store.js';

const tags = ['surveys'];

const gone = { description: 'The survey has closed (survey.closed)', content: { 'application/problem+json': { schema: z.object({ code: z.string() }) } } };

export function answerRoutes() {
  const app = newRouter();

  app.use('/public/surveys/*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(PUBLIC_PLAN_HEADERS)) c.res.headers.set(name, value);
  });

  app.openapi(publicRoute({
    method: 'get', path: '/public/surveys/{token}', tags,
    summary: 'The survey behind an answer link (no sign-in): texts in both languages, who it is for, the saved answer. 404 unknown link, 409 not open yet, 410 closed',
    request: { params: SurveyTokenParam },
    responses: { 200: jsonResponse(PublicSurvey, 'The survey to answer'), 410: gone },
  }), async (c) => c.json(await openLink(c.var.deps.database.db, c.req.valid('param').token, c.var.deps.now()), 200));

  app.openapi(publicRoute({
    method: 'put', path: '/public/surveys/{token}', tags,
    summary: "Save or edit the link's one response (no sign-in); 400 survey.bad_answers names each question at fault",
    request: { params: SurveyTokenParam, body: jsonBody(PublicAnswerInput) },
    responses: { 200: jsonResponse(PublicAnswerResult, 'The saved answer'), 410: gone },
  }), async (c) => c.json(await answerLink(c.var.deps.database.db, c.req.valid('param').token, c.req.valid('json'), c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.write', {
    method: 'put', path: '/surveys/{id}/responses', tags,
    summary: "Save or edit a contact's response (by contactId or email); the contact becomes a recipient if not one yet",
    request: { params: IdParam, body: jsonBody(ApiAnswerInput) },
    responses: { 200: jsonResponse(ApiAnswerResult, 'The saved response; created says whether it is new'), 410: gone },
  }), async (c) => c.json(await answerByApi(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()), 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/responses', tags,
    summary: "A survey's responses, newest first (paged), optionally of one account; format=csv gives them all as CSV",
    request: { params: IdParam, query: ResponseListQuery },
    responses: {
      200: { description: 'The responses', content: { 'application/json': { schema: ResponseList }, 'text/csv': { schema: z.string() } } },
    },
  }), async (c) => {
    const { db } = c.var.deps.database;
    const ws = principalOf(c).workspaceId;
    const id = c.req.valid('param').id;
    const q = c.req.valid('query');
    const survey = await findSurveyForAnswer(db, ws, id);
    if (!survey) throw notFound('survey.not_found', id);
    const definition = SurveyDefinition.safeParse(survey.definition);
    if (!definition.success) throw new AppError('internal', { detail: 'The survey definition is not valid.' });
    if (q.format === 'csv') {
      const rows = await selectResponses(db, ws, id, { ...(q.accountId ? { accountId: q.accountId } : {}) });
      const lang = q.lang ?? (survey.languages[0] === 'en' ? 'en' : 'ja');
      return csvResponse(`survey-responses-${utcDateOf(c.var.deps.now())}.csv`, responsesCsv(definition.data, rows, lang));
    }
    const after = q.cursor ? decodeCursor(q.cursor) : undefined;
    if (after && typeof after.value !== 'string') {
      throw new AppError('request.invalid', { fields: [{ path: 'cursor', message: 'not a cursor returned by this API' }] });
    }
    const rows = await selectResponses(db, ws, id, {
      ...(q.accountId ? { accountId: q.accountId } : {}),
      ...(after ? { after: { at: after.value as string, id: after.id } } : {}),
      limit: q.limit + 1,
    });
    const items = rows.slice(0, q.limit);
    const last = items.at(-1);
    return c.json({
      items,
      nextCursor: rows.length > q.limit && last ? encodeCursor({ value: last.submittedAt, id: last.id }) : null,
      total: await countResponses(db, ws, id, q.accountId),
      accounts: await responseAccounts(db, ws, id),
      definition: definition.data,
    }, 200);
  });

  return app;
}
