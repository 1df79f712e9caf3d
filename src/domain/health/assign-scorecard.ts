/**
 * Which scorecard scores an account: the first (by position) whose rule matches, else the
 * default. A rule matches when every condition's field holds one of its values.
 */
import type { RuleField, ScorecardRule } from './scorecard.js';

export interface RuledScorecard {
  id: string;
  position: number;
  isDefault: boolean;
  rule: ScorecardRule;
}

export function matchesRule(rule: ScorecardRule, segment: Partial<Record<RuleField, string | null>>): boolean {
  return rule.conditions.every((condition) => {
    const value = segment[condition.field];
    return value !== null && value !== undefined && condition.values.includes(value);
  });
}

export function assignScorecard<T extends RuledScorecard>(
  scorecards: readonly T[],
  segment: Partial<Record<RuleField, string | null>>,
): T | undefined {
  const ordered = [...scorecards].sort((a, b) => a.position - b.position);
  return ordered.find((s) => !s.isDefault && s.rule.conditions.length > 0 && matchesRule(s.rule, segment))
    ?? ordered.find((s) => s.isDefault);
}
