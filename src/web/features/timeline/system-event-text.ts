/**
 * One line of words for a system entry: what happened (with the record's name or plan),
 * which fields changed, and for a subscription change the MRR before and after.
 */
import type { TFunction } from 'i18next';
import type { Activity, Locale } from '../../api/types';
import { formatMoney } from '../../lib/format';
import { surveyAnsweredText } from '../surveys/answer/survey-answered-text';
import { vocEventText } from '../voc/voc-event-text';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function systemEventText(activity: Activity, t: TFunction, locale: Locale): string {
  const event = activity.event ?? 'unknown';
  const data = activity.data ?? {};
  if (event === 'survey.answered') return surveyAnsweredText(data, t);
  if (event.startsWith('voc.')) return vocEventText(event, data, t);
  const what = t(`timeline.events.${event.replace(/\./g, '_')}`, {
    defaultValue: event, name: text(data.name), plan: text(data.plan), filename: text(data.filename), title: text(data.title),
  });
  const details: string[] = [];
  const changes = typeof data.changes === 'object' && data.changes !== null ? Object.keys(data.changes) : [];
  if (changes.length > 0) details.push(changes.map((key) => t(`fields.${key}`, { defaultValue: key })).join(t('common.listSeparator')));
  const currency = text(data.currency);
  if (typeof data.mrrBefore === 'number' && typeof data.mrrAfter === 'number' && currency && data.mrrBefore !== data.mrrAfter) {
    details.push(`MRR ${formatMoney(data.mrrBefore, currency, locale)} → ${formatMoney(data.mrrAfter, currency, locale)}`);
  }
  return details.length === 0 ? what : `${what}${t('timeline.detailSeparator')}${details.join(t('common.listSeparator'))}`;
}
