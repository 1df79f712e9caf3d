/** A stored survey as the API shows it: counts turned into a response rate and an NPS, the actions its status allows, what blocks opening. */
import type { SurveyDefinition, SurveyLanguage } from '../../../domain/surveys/definition.js';
import { surveyActions, type SurveyStatus } from '../../../domain/surveys/lifecycle.js';
import { validateDefinition } from '../../../domain/surveys/validate-definition.js';
import type { Survey, SurveySummary } from './schema.js';
import type { SurveyEntry } from './store.js';

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

export function presentSurveySummary(e: SurveyEntry): SurveySummary {
  const status = e.status as SurveyStatus;
  return {
    id: e.id, name: e.name, kind: e.kind as SurveySummary['kind'], series: e.series, status, languages: e.languages as SurveyLanguage[],
    questionCount: e.questionCount, remindAfterDays: e.remindAfterDays, openedAt: e.openedAt, closesAt: e.closesAt, closedAt: e.closedAt,
    createdBy: e.createdBy, createdByName: e.createdByName, createdAt: e.createdAt, updatedAt: e.updatedAt, actions: surveyActions(status),
    counts: {
      recipients: e.recipients, invited: e.invited, responses: e.responses,
      responseRate: e.invited > 0 ? e.respondedInvited / e.invited : null,
      npsAnswers: e.npsAnswers,
      // Net Promoter Score (Reichheld 2003): share of 9–10 minus share of 0–6, in points.
      nps: e.npsAnswers > 0 ? oneDecimal(((e.promoters - e.detractors) / e.npsAnswers) * 100) : null,
    },
  };
}

export function presentSurvey(e: SurveyEntry): Survey {
  const definition = e.definition as SurveyDefinition;
  return {
    ...presentSurveySummary(e),
    definition,
    emailSubject: e.emailSubject,
    emailBody: e.emailBody,
    issues: e.status === 'draft' ? validateDefinition(definition, e.languages as SurveyLanguage[]) : [],
  };
}
