/** /api/v1 surveys — thin: parse, authorise (by the route guard), call one use case, present. */
import { sql } from 'drizzle-orm';
import { newRouter } from '../../app-router.js';
import type { Db } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { surveyTemplates } from '../../../domain/surveys/templates.js';
import { closeSurvey, createSurvey, deleteSurvey, duplicateSurvey, openSurvey, updateSurvey } from './commands.js';
import { presentSurvey, presentSurveySummary } from './present-survey.js';
import { CreateSurveyInput, DuplicateSurveyInput, Survey, SurveyList, SurveyListQuery, SurveyTemplateList, UpdateSurveyInput } from './schema.js';
import { findSurvey, selectSurveys } from './store.js';

const tags = ['surveys'];

async function surveyById(db: Db, workspaceId: string, id: string) {
  const entry = await findSurvey(db, workspaceId, id);
  if (!entry) throw notFound('survey.not_found', id);
  return presentSurvey(entry);
}

export function surveyRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys', tags, summary: 'Surveys with their invitations, responses, response rate and NPS, newest first',
    request: { query: SurveyListQuery },
    responses: { 200: jsonResponse(SurveyList, 'The surveys') },
  }), async (c) => {
    const q = c.req.valid('query');
    const where = sql.join([
      sql`true`,
      ...(q.status ? [sql`s.status = ${q.status}`] : []),
      ...(q.kind ? [sql`s.kind = ${q.kind}`] : []),
      ...(q.series ? [sql`s.series = ${q.series}`] : []),
    ], sql` and `);
    const rows = await selectSurveys(c.var.deps.database.db, principalOf(c).workspaceId, where, false);
    return c.json({ items: rows.map(presentSurveySummary) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/survey-templates', tags, summary: 'Ready surveys to start from: the yearly CX survey and the NPS pulse',
    responses: { 200: jsonResponse(SurveyTemplateList, 'The templates, in Japanese and English') },
  }), (c) => c.json({ items: surveyTemplates() }, 200));

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys', tags, summary: 'Create a draft survey from a template, a definition, or blank',
    request: { body: jsonBody(CreateSurveyInput) },
    responses: { 201: jsonResponse(Survey, 'The new draft') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await createSurvey(db, p, c.req.valid('json'), c.var.deps.now());
    return c.json(await surveyById(db, p.workspaceId, id), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}', tags, summary: 'One survey with its definition, counts and what blocks opening it',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Survey, 'The survey') },
  }), async (c) => c.json(await surveyById(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('param').id), 200));

  app.openapi(guardedRoute('survey.manage', {
    method: 'patch', path: '/surveys/{id}', tags, summary: 'Edit a survey (questions only while a draft)',
    request: { params: IdParam, body: jsonBody(UpdateSurveyInput) },
    responses: { 200: jsonResponse(Survey, 'The changed survey') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = c.req.valid('param').id;
    await updateSurvey(db, p, id, c.req.valid('json'), c.var.deps.now());
    return c.json(await surveyById(db, p.workspaceId, id), 200);
  });

  app.openapi(guardedRoute('survey.manage', {
    method: 'delete', path: '/surveys/{id}', tags, summary: 'Delete a draft survey (open and closed ones keep their answers)',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteSurvey(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  for (const [step, run, summary] of [
    ['open', openSurvey, 'Open a draft: its links start answering and its questions freeze'],
    ['close', closeSurvey, 'Close an open survey: answers become final and links answer 410'],
  ] as const) {
    app.openapi(guardedRoute('survey.manage', {
      method: 'post', path: `/surveys/{id}/${step}`, tags, summary,
      request: { params: IdParam },
      responses: { 200: jsonResponse(Survey, 'The survey') },
    }), async (c) => {
      const p = principalOf(c);
      const { db } = c.var.deps.database;
      const id = c.req.valid('param').id;
      await run(db, p, id, c.var.deps.now());
      return c.json(await surveyById(db, p.workspaceId, id), 200);
    });
  }

  app.openapi(guardedRoute('survey.manage', {
    method: 'post', path: '/surveys/{id}/duplicate', tags, summary: 'Run the survey again: a new draft in the same series',
    request: { params: IdParam, body: { required: false, content: { 'application/json': { schema: DuplicateSurveyInput } } } },
    responses: { 201: jsonResponse(Survey, 'The new draft') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const copy = await duplicateSurvey(db, p, c.req.valid('param').id, c.req.valid('json')?.name, c.var.deps.now());
    return c.json(await surveyById(db, p.workspaceId, copy), 201);
  });

  return app;
}
