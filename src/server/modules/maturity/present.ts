/** Stored assessment rows → the API's shapes. */
import type { z } from '@hono/zod-openapi';
import type { AxisScores } from '../../../domain/maturity/types.js';
import type { AssessmentWithAuthor } from './assessment-store.js';
import type { Assessment, AssessmentSummary, Evidence } from './schema.js';

export function presentSummary(row: AssessmentWithAuthor): z.infer<typeof AssessmentSummary> {
  return {
    id: row.id,
    assessedOn: row.assessedOn,
    questionnaireVersion: row.questionnaireVersion,
    scores: row.scores as AxisScores,
    total: row.total,
    note: row.note,
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAssessment(row: AssessmentWithAuthor): Assessment {
  return { ...presentSummary(row), answers: row.answers, evidence: (row.evidence ?? {}) as z.infer<typeof Evidence> };
}
