/** Words for answers: the labels of the scales, yes/no and expectations, and one stored answer as text. */
import type { TFunction } from 'i18next';
import type { AnswerValue, SurveyLanguage, SurveyQuestion } from '../../../../domain/surveys/definition';

/** The label of one point of a 1–5 scale (csat, continuation, recommendation). */
export function scalePointLabel(t: TFunction, type: SurveyQuestion['type'], point: number): string {
  return t(`surveyAnswer.scale.${type}.${point}`, { defaultValue: String(point) });
}

/** An answer as words in `lang` (null when unanswered). */
export function answerText(t: TFunction, q: SurveyQuestion, value: AnswerValue | undefined, lang: SurveyLanguage): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return t(value ? 'surveyAnswer.yes' : 'surveyAnswer.no');
  if (q.type === 'expectation' && typeof value === 'string') return t(`surveyAnswer.expectation.${value}`, { defaultValue: value });
  if (typeof value === 'number') {
    return q.type === 'nps' ? String(value) : `${value} – ${scalePointLabel(t, q.type, value)}`;
  }
  const option = (id: string) => q.options?.find((o) => o.id === id)?.text[lang] || id;
  if (Array.isArray(value)) return value.map(option).join(t('common.listSeparator'));
  return q.type === 'single' ? option(value) : value;
}
