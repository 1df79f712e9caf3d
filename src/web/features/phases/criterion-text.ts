/**
 * Criteria and the values a transition saw, as one line of text in the UI language
 * (pure: takes the translate function), e.g. "ヘルススコア 60以上・契約開始から60日経過".
 */
import type { TFunction } from 'i18next';
import type { PhaseCriterion } from '../../../domain/phases/criteria';
import type { Saw } from '../../api/phases';

const round = (n: number) => Math.round(n * 100) / 100;

export function criterionText(c: PhaseCriterion | null, t: TFunction, measureLabel: (id: string) => string = (id) => id): string {
  if (!c) return t('phases.criterion.none');
  const op = (o: string) => t(`phases.ops.${o}`);
  const since = (s: string) => t(`phases.since.${s}`);
  switch (c.kind) {
    case 'measure_threshold': return t('phases.criterion.measure_threshold', { measure: measureLabel(c.measureId), op: op(c.op), value: c.value });
    case 'score_threshold': return t('phases.criterion.score_threshold', { op: op(c.op), value: c.value });
    case 'time_elapsed': return t('phases.criterion.time_elapsed', { since: since(c.since), days: c.days });
    case 'score_and_time': return `${t('phases.criterion.score_threshold', { op: op(c.op), value: c.value })}${t('phases.criterion.and')}${t('phases.criterion.time_elapsed', { since: since(c.since), days: c.days })}`;
    case 'renewal_within': return t('phases.criterion.renewal_within', { days: c.days });
  }
}

/** What a criterion saw: "スコア 72.46・経過 64日"; an unknown value shows as "—". */
export function sawText(saw: Saw | null, t: TFunction): string {
  if (!saw) return '';
  const parts: string[] = [];
  const num = (x: number | string | null | undefined) => (x === null || x === undefined ? '—' : typeof x === 'number' ? String(round(x)) : x);
  const days = (x: number | string | null | undefined) => (typeof x === 'number' ? t('phases.saw.dayCount', { count: x }) : '—');
  if ('score' in saw) parts.push(t('phases.saw.score', { value: num(saw.score) }));
  if ('measureId' in saw) parts.push(t('phases.saw.measure', { measure: saw.measureId, value: num(saw.value) }));
  if ('days' in saw) parts.push(t('phases.saw.days', { value: days(saw.days) }));
  if ('daysToRenewal' in saw) parts.push(t('phases.saw.daysToRenewal', { value: days(saw.daysToRenewal) }));
  return parts.join(t('phases.criterion.and'));
}
