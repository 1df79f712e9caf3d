/** The timeline line of a survey answer: the survey's name and the scores given (NPS, satisfaction, continuation). */
import type { TFunction } from 'i18next';

export function surveyAnsweredText(data: Record<string, unknown>, t: TFunction): string {
  const name = typeof data.surveyName === 'string' ? data.surveyName : '';
  const scores = (['nps', 'csat', 'continuation'] as const)
    .filter((key) => typeof data[key] === 'number')
    .map((key) => t(`surveyAnswer.timeline.${key}`, { value: data[key] as number }));
  const what = t('surveyAnswer.timeline.answered', { name });
  return scores.length === 0 ? what : `${what}${t('timeline.detailSeparator')}${scores.join(t('common.listSeparator'))}`;
}
