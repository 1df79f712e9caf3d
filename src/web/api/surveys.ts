/**
 * Client and shapes for building surveys (src/server/modules/surveys/routes.ts): the list with
 * counts, one survey with its definition, templates, and the lifecycle steps.
 */
import { request } from './http';
import type { LocalText, SurveyDefinition, SurveyLanguage } from '../../domain/surveys/definition';
import type { SurveyAction, SurveyStatus } from '../../domain/surveys/lifecycle';
import type { SurveyKind, TemplateKey } from '../../domain/surveys/templates';
import type { DefinitionIssue } from '../../domain/surveys/validate-definition';

export interface SurveyCounts {
  recipients: number;
  invited: number;
  responses: number;
  /** invited who answered ÷ invited; null before any invitation */
  responseRate: number | null;
  npsAnswers: number;
  nps: number | null;
}

export interface SurveySummary {
  id: string;
  name: string;
  kind: SurveyKind;
  series: string | null;
  status: SurveyStatus;
  languages: SurveyLanguage[];
  questionCount: number;
  remindAfterDays: number | null;
  openedAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  actions: SurveyAction[];
  counts: SurveyCounts;
}

export type EmailText = { ja?: string; en?: string } | null;

export interface Survey extends SurveySummary {
  definition: SurveyDefinition;
  emailSubject: EmailText;
  emailBody: EmailText;
  /** what must be fixed before opening (drafts) */
  issues: DefinitionIssue[];
}

export interface SurveyTemplate {
  key: TemplateKey;
  kind: SurveyKind;
  series: string | null;
  name: LocalText;
  description: LocalText;
  definition: SurveyDefinition;
}

export interface CreateSurveyInput {
  name: string;
  template?: TemplateKey;
  kind?: SurveyKind;
  series?: string | null;
  definition?: SurveyDefinition;
  languages?: SurveyLanguage[];
}

export interface UpdateSurveyInput {
  name?: string;
  kind?: SurveyKind;
  series?: string | null;
  definition?: SurveyDefinition;
  languages?: SurveyLanguage[];
  emailSubject?: EmailText;
  emailBody?: EmailText;
  remindAfterDays?: number | null;
  closesAt?: string | null;
}

export interface SurveyListQuery {
  status?: SurveyStatus;
  kind?: SurveyKind;
  series?: string;
}

export const surveyApi = {
  list: (query: SurveyListQuery = {}) => request<{ items: SurveySummary[] }>('GET', '/surveys', { query: { ...query } }),
  get: (id: string) => request<Survey>('GET', `/surveys/${id}`),
  templates: () => request<{ items: SurveyTemplate[] }>('GET', '/survey-templates'),
  create: (input: CreateSurveyInput) => request<Survey>('POST', '/surveys', { json: input }),
  update: (id: string, input: UpdateSurveyInput) => request<Survey>('PATCH', `/surveys/${id}`, { json: input }),
  remove: (id: string) => request<void>('DELETE', `/surveys/${id}`),
  open: (id: string) => request<Survey>('POST', `/surveys/${id}/open`),
  close: (id: string) => request<Survey>('POST', `/surveys/${id}/close`),
  duplicate: (id: string, name?: string) => request<Survey>('POST', `/surveys/${id}/duplicate`, { json: name ? { name } : {} }),
};

/** Every key starts with 'surveys', so invalidating it after any write refreshes them all. */
export const surveyKeys = {
  all: ['surveys'] as const,
  list: (query: SurveyListQuery) => ['surveys', 'list', query] as const,
  one: (id: string) => ['surveys', 'one', id] as const,
  templates: () => ['surveys', 'templates'] as const,
};
