/** Words and numbers of a goal: values with their unit, what a binding measures, what a review changed. */
import type { TFunction } from 'i18next';
import type { GoalBinding } from '../../../domain/outcomes/goal-binding';
import type { Locale } from '../../api/types';
import { formatDate, formatNumber } from '../../lib/format';

/** 25 + "時間" → "25時間" in Japanese, "25 時間" in English; percent signs stay attached. */
export function formatGoalValue(value: number | null | undefined, unit: string | null, locale: Locale): string {
  if (value === null || value === undefined) return '—';
  const number = formatNumber(Math.round(value * 100) / 100, locale);
  if (!unit) return number;
  return unit === '%' || locale === 'ja' ? `${number}${unit}` : `${number} ${unit}`;
}

export function bindingText(binding: GoalBinding | null, t: TFunction): string {
  if (!binding) return t('successPlan.binding.manual');
  switch (binding.type) {
    case 'usage_events':
      return binding.event
        ? t('successPlan.binding.usageEventsOne', { event: binding.event, days: binding.windowDays })
        : t('successPlan.binding.usageEventsAll', { days: binding.windowDays });
    case 'active_users':
      return t('successPlan.binding.activeUsers', { days: binding.windowDays });
    case 'health_score':
      return t('successPlan.binding.healthScore');
    case 'health_measure':
      return t('successPlan.binding.healthMeasure', { measure: binding.measureId });
    case 'account_field':
      return t('successPlan.binding.accountField', { field: t(`successPlan.binding.fields.${binding.field}`, { defaultValue: binding.field }) });
  }
}

const DATE_FIELDS = new Set(['dueOn', 'nextReviewOn']);

/** One changed field of a review as "目標値: 10 → 15". */
export function changeText(field: string, change: { from: unknown; to: unknown }, t: TFunction, locale: Locale, unit: string | null = null): string {
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('successPlan.review.none');
    if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDate(value, locale);
    if (field === 'status' && typeof value === 'string') return t(`successPlan.status.${value}`);
    if (typeof value === 'number') return formatGoalValue(value, field === 'baseline' || field === 'target' ? unit : null, locale);
    if (field === 'customerOwnerContactId' || field === 'ownerId') return t('successPlan.review.changedPerson');
    return String(value);
  };
  return `${t(`successPlan.fields.${field}`, { defaultValue: field })}: ${show(change.from)} → ${show(change.to)}`;
}
