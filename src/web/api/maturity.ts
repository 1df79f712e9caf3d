/**
 * Client and shapes of the CS maturity self-assessment (src/server/modules/maturity/routes.ts).
 * The questionnaire texts, scoring and suggestions come from domain/maturity, shared with the server.
 */
import { request } from './http';
import type { Evidence } from '../../domain/maturity/evidence';
import type { Answers, AxisScores } from '../../domain/maturity/types';

export interface AssessmentSummary {
  id: string;
  assessedOn: string;
  questionnaireVersion: number;
  scores: AxisScores;
  /** 0–800, the sum of the axis scores */
  total: number;
  note: string | null;
  author: { id: string; name: string } | null;
  createdAt: string;
}

export interface Assessment extends AssessmentSummary {
  answers: Answers;
  /** as it stood when saved; empty for assessments saved without a snapshot */
  evidence: Partial<Evidence>;
}

export interface SaveAssessmentInput {
  assessedOn?: string;
  answers: Answers;
  note?: string | null;
}

export const maturityKeys = {
  all: ['maturity'] as const,
  list: () => ['maturity', 'assessments'] as const,
  one: (id: string) => ['maturity', 'assessments', id] as const,
  evidence: () => ['maturity', 'evidence'] as const,
};

export const maturityApi = {
  list: () => request<{ items: AssessmentSummary[] }>('GET', '/maturity/assessments'),
  get: (id: string) => request<Assessment>('GET', `/maturity/assessments/${id}`),
  evidence: () => request<{ asOf: string; evidence: Evidence }>('GET', '/maturity/evidence'),
  save: (input: SaveAssessmentInput) => request<Assessment>('POST', '/maturity/assessments', { json: input }),
  remove: (id: string) => request<void>('DELETE', `/maturity/assessments/${id}`),
};
