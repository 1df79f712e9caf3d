/** HTTP shapes of the CS maturity self-assessment (SPEC §3.10); the OpenAPI document comes from them. */
import { z } from '@hono/zod-openapi';
import { MATURITY_AXES, type MaturityAxis } from '../../../domain/maturity/types.js';

const Text = z.object({ ja: z.string(), en: z.string() });

export const SaveAssessmentInput = z.object({
  assessedOn: z.iso.date().optional().openapi({ description: 'the day the answers describe (default today); not in the future' }),
  answers: z.record(z.string().max(100), z.number().int())
    .openapi({ description: 'question id → index of the chosen option; every question of the current version must be answered' }),
  note: z.string().trim().max(5000).nullable().optional(),
}).openapi('SaveMaturityAssessmentInput');
export type SaveAssessmentInput = z.infer<typeof SaveAssessmentInput>;

export const AxisScores = z.object(Object.fromEntries(MATURITY_AXES.map((a) => [a, z.number().int().min(0).max(100)])) as Record<MaturityAxis, z.ZodNumber>)
  .openapi('MaturityAxisScores');

export const EvidenceItem = z.union([
  z.object({ key: z.string(), question: z.string(), kind: z.literal('share'), numerator: z.number(), denominator: z.number(), value: z.number().nullable() }),
  z.object({ key: z.string(), question: z.string(), kind: z.literal('count'), value: z.number() }),
  z.object({ key: z.string(), question: z.string(), kind: z.literal('average'), value: z.number().nullable() }),
  z.object({ key: z.string(), question: z.string(), kind: z.literal('not_measured'), feature: z.enum(['playbooks', 'onboarding', 'handoffs']) }),
]).openapi('MaturityEvidenceItem');

/** axis → items; empty for assessments saved without a snapshot (e.g. entered from paper) */
export const Evidence = z.record(z.string(), z.array(EvidenceItem)).openapi('MaturityEvidence');

export const CurrentEvidence = z.object({
  asOf: z.string(),
  evidence: Evidence,
}).openapi('MaturityCurrentEvidence');

export const AssessmentSummary = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  questionnaireVersion: z.number().int(),
  scores: AxisScores,
  total: z.number().int().openapi({ description: 'sum of the eight axis scores, 0–800' }),
  note: z.string().nullable(),
  author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
}).openapi('MaturityAssessmentSummary');

export const Assessment = AssessmentSummary.extend({
  answers: z.record(z.string(), z.number().int()),
  evidence: Evidence.openapi({ description: "Kizuna's data as it stood when the assessment was saved" }),
}).openapi('MaturityAssessment');
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentList = z.object({ items: z.array(AssessmentSummary) }).openapi('MaturityAssessmentList');

export const QuestionnaireDoc = z.object({
  version: z.number().int(),
  maxTotal: z.number().int(),
  axes: z.array(z.object({ axis: z.enum(MATURITY_AXES), name: Text, description: Text })),
  questions: z.array(z.object({
    id: z.string(), axis: z.enum(MATURITY_AXES), text: Text,
    options: z.array(z.object({ points: z.number(), text: Text })),
  })),
  reference: z.object({
    source: z.object({ name: Text, year: z.number().int() }),
    companies: z.number().int(),
    averages: z.array(z.object({ key: z.string(), value: z.number(), label: Text })),
  }).openapi({ description: 'published reference points for the total (2018 benchmark)' }),
}).openapi('MaturityQuestionnaire');
