/** A scorecard rule in words: "Plan: Enterprise, Pro · Region: Kanto" (all conditions must hold). */
import type { TFunction } from 'i18next';
import type { RuleField, ScorecardRule } from '../../../../domain/health/scorecard';

/** The accounts-list field label key for each rule field (the same words as the account form). */
export const RULE_FIELD_LABEL: Record<RuleField, string> = {
  plan: 'fields.plan', industry: 'fields.industry', size_band: 'fields.sizeBand', use_case: 'fields.useCase',
  touch_tier: 'fields.touchTier', phase: 'fields.phase', region: 'fields.region',
};

export function ruleText(t: TFunction, rule: ScorecardRule, isDefault: boolean): string {
  if (isDefault) return t('health.scorecards.defaultRule');
  if (rule.conditions.length === 0) return t('health.scorecards.everyAccount');
  return rule.conditions
    .map((c) => `${t(RULE_FIELD_LABEL[c.field])}: ${c.values.join(t('common.listSeparator'))}`)
    .join(' · ');
}
