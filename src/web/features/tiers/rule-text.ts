/**
 * Words for a tier's rule and cadence: "ARR ≥ ¥3,600,000 かつ 業種 = 製造", "定例 30日ごと・ビジネスレビュー 90日ごと".
 * Money facts (arr, mrr) are in minor units of the base currency and shown as money.
 */
import type { TFunction } from 'i18next';
import type { AccountRule, Condition } from '../../../domain/journey/account-rule';
import type { Locale } from '../../api/types';
import { formatMoney, formatNumber } from '../../lib/format';

export const MONEY_FACTS: ReadonlySet<string> = new Set(['arr', 'mrr']);

export function factLabel(fact: string, t: TFunction): string {
  if (fact.startsWith('custom.')) return fact.slice('custom.'.length);
  return t(`touchModel.facts.${fact}`, { defaultValue: fact });
}

function valueText(c: Condition, currency: string, locale: Locale, t: TFunction): string {
  const v = c.value;
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.join(t('touchModel.rule.listSeparator'));
  if (typeof v === 'number') return MONEY_FACTS.has(c.fact) ? formatMoney(v, currency, locale) : formatNumber(v, locale);
  return v;
}

export function conditionText(c: Condition, currency: string, locale: Locale, t: TFunction): string {
  const fact = factLabel(c.fact, t);
  if (c.op === 'empty' || c.op === 'not_empty') return t(`touchModel.ops.${c.op}`, { fact });
  return `${fact} ${t(`touchModel.ops.${c.op}`)} ${valueText(c, currency, locale, t)}`;
}

export function ruleText(rule: AccountRule, isDefault: boolean, currency: string, locale: Locale, t: TFunction): string {
  if (isDefault) return t('touchModel.rule.default');
  if (rule.all.length === 0) return t('touchModel.rule.always');
  return rule.all.map((c) => conditionText(c, currency, locale, t)).join(t('touchModel.rule.and'));
}

export function cadenceText(
  c: { meetingEveryDays: number | null; reviewEveryDays: number | null; automatedOnly: boolean }, t: TFunction,
): string {
  if (c.automatedOnly) return t('touchModel.cadence.automated');
  const parts: string[] = [];
  if (c.meetingEveryDays) parts.push(t('touchModel.cadence.meeting', { days: c.meetingEveryDays }));
  if (c.reviewEveryDays) parts.push(t('touchModel.cadence.review', { days: c.reviewEveryDays }));
  return parts.length > 0 ? parts.join(t('touchModel.cadence.separator')) : t('touchModel.cadence.none');
}
