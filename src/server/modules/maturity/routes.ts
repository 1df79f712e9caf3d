/** /api/v1/maturity/* — the CS maturity self-assessment; thin: parse, authorise (by the guard), call, present. */
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire.js';
import { TOTAL_MAX } from '../../../domain/maturity/types.js';
import { MATURITY_INDEX_2018 } from '../../../domain/benchmarks/published-figures.js';
import { Assessment, AssessmentList, CurrentEvidence, QuestionnaireDoc, SaveAssessmentInput } from './schema.js';
import { findAssessment, listAssessments } from './assessment-store.js';
import { currentEvidence, deleteAssessment, saveAssessment } from './save-assessment.js';
import { presentAssessment, presentSummary } from './present.js';

const tags = ['maturity'];

export function maturityRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/maturity/questionnaire', tags, summary: 'The current questionnaire (ja/en) and the published reference points',
    responses: { 200: jsonResponse(QuestionnaireDoc, 'The questionnaire') },
  }), (c) => c.json({
    ...QUESTIONNAIRE, maxTotal: TOTAL_MAX,
    reference: { source: { name: MATURITY_INDEX_2018.source.name, year: MATURITY_INDEX_2018.source.year }, companies: MATURITY_INDEX_2018.companies, averages: [...MATURITY_INDEX_2018.averages] },
  }, 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/maturity/evidence', tags, summary: "What Kizuna's own data says about each axis, now",
    responses: { 200: jsonResponse(CurrentEvidence, 'The evidence per axis') },
  }), async (c) => {
    const now = c.var.deps.now();
    return c.json({ asOf: now.toISOString(), evidence: await currentEvidence(c.var.deps.database.db, principalOf(c).workspaceId, now) }, 200);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/maturity/assessments', tags, summary: 'Saved assessments, the latest first',
    responses: { 200: jsonResponse(AssessmentList, 'The history') },
  }), async (c) => {
    const rows = await listAssessments(c.var.deps.database.db, principalOf(c).workspaceId);
    return c.json({ items: rows.map(presentSummary) }, 200);
  });

  app.openapi(guardedRoute('maturity.assess', {
    method: 'post', path: '/maturity/assessments', tags, summary: 'Score and save an assessment with a snapshot of the evidence',
    request: { body: jsonBody(SaveAssessmentInput) },
    responses: { 201: jsonResponse(Assessment, 'The saved assessment') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    const id = await saveAssessment(db, p, c.req.valid('json'), c.var.deps.now());
    const row = await findAssessment(db, p.workspaceId, id);
    if (!row) throw notFound('assessment.not_found', id);
    return c.json(presentAssessment(row), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/maturity/assessments/{id}', tags, summary: 'One assessment with its answers and evidence',
    request: { params: IdParam },
    responses: { 200: jsonResponse(Assessment, 'The assessment') },
  }), async (c) => {
    const id = c.req.valid('param').id;
    const row = await findAssessment(c.var.deps.database.db, principalOf(c).workspaceId, id);
    if (!row) throw notFound('assessment.not_found', id);
    return c.json(presentAssessment(row), 200);
  });

  app.openapi(guardedRoute('maturity.assess', {
    method: 'delete', path: '/maturity/assessments/{id}', tags, summary: 'Delete an assessment',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await deleteAssessment(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  return app;
}
