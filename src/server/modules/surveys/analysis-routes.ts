/** /api/v1 survey analysis (SPEC §3.8) — thin: parse, authorise (by the route guard), call one use case, present. */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import type { Tx } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { guardedRoute, IdParam, jsonResponse, principalOf } from '../../http/route.js';
import { csvResponse } from '../metrics/csv.js';
import { utcDateOf } from '../subscriptions/subscription-rules.js';
import { SurveyDefinition } from '../../../domain/surveys/definition.js';
import { buildCxTree } from '../../../domain/surveys/cx-tree.js';
import { ALPHA, testCxHypotheses } from '../../../domain/surveys/cx-hypotheses.js';
import { compareYears } from '../../../domain/surveys/compare-years.js';
import { MIN_GROUP_N } from '../../../domain/surveys/stats.js';
import { buildChurnRisk } from './analysis-churn.js';
import { cxTreeCsv } from './analysis-csv.js';
import { analyseSurvey } from './analysis-overview.js';
import { AnalysisQuery, ChurnRiskReport, CompareQuery, CxTreeQuery, CxTreeReport, SurveyAnalysis, YearComparisonReport } from './analysis-schema.js';
import { findAnalysedSurvey, findPreviousRun, selectAnalysedResponses, type AnalysedSurvey } from './analysis-store.js';

const tags = ['surveys'];

async function surveyOf(tx: Tx, workspaceId: string, id: string): Promise<AnalysedSurvey> {
  const survey = await findAnalysedSurvey(tx, workspaceId, id);
  if (!survey) throw notFound('survey.not_found', id);
  return survey;
}

/** The tree needs its three questions, named by the definition's roles (answers.ts extractScores). */
function hasTree(definition: unknown): boolean {
  const parsed = SurveyDefinition.safeParse(definition);
  return parsed.success && Boolean(parsed.data.roles.trouble && parsed.data.roles.consulted && parsed.data.roles.handling);
}

const ref = (s: AnalysedSurvey) => ({ id: s.id, name: s.name, runOn: s.runOn, status: s.status });

export function surveyAnalysisRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/analysis', tags, summary: 'NPS with its interval, CSAT and intent distributions, overall and by segment',
    request: { params: IdParam, query: AnalysisQuery },
    responses: { 200: jsonResponse(SurveyAnalysis, 'The whole survey and, with ?segment=, each value of that account field') },
  }), async (c) => {
    const db = c.var.deps.database.db;
    const { workspaceId } = principalOf(c);
    const survey = await surveyOf(db, workspaceId, c.req.valid('param').id);
    const rows = await selectAnalysedResponses(db, workspaceId, survey.id);
    return c.json({ surveyId: survey.id, ...analyseSurvey(rows, c.req.valid('query').segment) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/cx-tree', tags,
    summary: 'The CX tree: per leaf n, share, satisfaction, continuation and NPS with intervals; the two hypotheses; format=csv gives the leaves as CSV',
    request: { params: IdParam, query: CxTreeQuery },
    responses: {
      200: {
        description: 'The leaves and the tests of H1 and H2 (or the leaves as CSV)',
        content: { 'application/json': { schema: CxTreeReport }, 'text/csv': { schema: z.string() } },
      },
    },
  }), async (c) => {
    const db = c.var.deps.database.db;
    const { workspaceId } = principalOf(c);
    const survey = await surveyOf(db, workspaceId, c.req.valid('param').id);
    const rows = await selectAnalysedResponses(db, workspaceId, survey.id);
    const tree = buildCxTree(rows);
    const query = c.req.valid('query');
    if (query.format === 'csv') return csvResponse(`cx-tree-${utcDateOf(c.var.deps.now())}.csv`, cxTreeCsv(tree, query.lang));
    return c.json({
      surveyId: survey.id, hasTree: hasTree(survey.definition), ...tree,
      hypotheses: testCxHypotheses(rows), minGroupN: MIN_GROUP_N, alpha: ALPHA,
    }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/churn-risk', tags, summary: 'Churn risk from continuation intent: per account, overall, ARR at risk, the mapping in use',
    request: { params: IdParam },
    responses: { 200: jsonResponse(ChurnRiskReport, 'The risk, the mapping (default or calibrated, and why) and the simulator baseline') },
  }), async (c) => {
    const db = c.var.deps.database.db;
    const { workspaceId } = principalOf(c);
    const survey = await surveyOf(db, workspaceId, c.req.valid('param').id);
    return c.json(await buildChurnRisk(db, workspaceId, survey, utcDateOf(c.var.deps.now())), 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/surveys/{id}/compare', tags, summary: 'Year over year: this run against another of its series, leaf by leaf and overall',
    request: { params: IdParam, query: CompareQuery },
    responses: { 200: jsonResponse(YearComparisonReport, 'The comparison; null when there is no earlier run') },
  }), async (c) => {
    const db = c.var.deps.database.db;
    const { workspaceId } = principalOf(c);
    const survey = await surveyOf(db, workspaceId, c.req.valid('param').id);
    const withId = c.req.valid('query').with;
    const previous = withId ? await surveyOf(db, workspaceId, withId) : await findPreviousRun(db, workspaceId, survey);
    if (!previous) return c.json({ current: ref(survey), previous: null, comparison: null }, 200);
    const [now, before] = await Promise.all([
      selectAnalysedResponses(db, workspaceId, survey.id), selectAnalysedResponses(db, workspaceId, previous.id),
    ]);
    return c.json({ current: ref(survey), previous: ref(previous), comparison: compareYears(now, before) }, 200);
  });

  return app;
}
