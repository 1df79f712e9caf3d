/**
 * Client and shapes for answering surveys (src/server/modules/surveys/answer-routes.ts): the
 * public answer page behind a link, and a survey's responses (list, CSV).
 */
import { buildUrl, request } from './http';
import type { Answers, ExtractedScores, SurveyDefinition, SurveyLanguage } from '../../domain/surveys/definition';

export interface PublicSurvey {
  surveyName: string;
  vendorName: string;
  accountName: string;
  /** the name to greet: the first word of the contact's name */
  contactName: string;
  /** the language the page starts in */
  language: SurveyLanguage;
  languages: SurveyLanguage[];
  definition: SurveyDefinition;
  closesAt: string | null;
  editable: boolean;
  response: { answers: Answers; submittedAt: string; updatedAt: string } | null;
}

/** A response with the scores extracted from it (the same columns the server stores). */
export interface SurveyResponse extends ExtractedScores {
  id: string;
  accountId: string;
  accountName: string;
  contactId: string;
  contactName: string;
  contactEmail: string | null;
  language: string;
  source: string;
  answers: Answers;
  submittedAt: string;
  updatedAt: string;
}

export interface ResponseList {
  items: SurveyResponse[];
  nextCursor: string | null;
  total: number;
  /** every account that answered, for filtering */
  accounts: { id: string; name: string; responses: number }[];
  definition: SurveyDefinition;
}

export interface ResponseQuery {
  accountId?: string | undefined;
  cursor?: string | undefined;
  limit?: number;
}

const publicPath = (token: string) => `/public/surveys/${encodeURIComponent(token)}`;

export const surveyAnswerApi = {
  open: (token: string) => request<PublicSurvey>('GET', publicPath(token)),
  save: (token: string, answers: Answers, language: SurveyLanguage) =>
    request<PublicSurvey & { created: boolean }>('PUT', publicPath(token), { json: { answers, language } }),
  responses: (surveyId: string, query: ResponseQuery = {}) =>
    request<ResponseList>('GET', `/surveys/${surveyId}/responses`, { query: { ...query } }),
  csvUrl: (surveyId: string, lang: SurveyLanguage, accountId?: string) =>
    buildUrl(`/surveys/${surveyId}/responses`, { format: 'csv', lang, accountId }),
};

export const surveyAnswerKeys = {
  open: (token: string) => ['survey-answer', token] as const,
  responses: (surveyId: string, query: ResponseQuery = {}) => ['survey-responses', surveyId, query] as const,
};
