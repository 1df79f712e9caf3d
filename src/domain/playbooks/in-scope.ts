/** Whether a playbook applies to an account: its tier and phase in scope, and its conditions hold. */
import { matchesAccountRule, type AccountFacts } from '../journey/account-rule.js';
import type { PlaybookForEvaluation } from './playbook.js';

export function inScope(playbook: Pick<PlaybookForEvaluation, 'tierKeys' | 'phaseKeys' | 'conditions'>, facts: AccountFacts | undefined): boolean {
  if (!facts) return false;
  if (playbook.tierKeys.length > 0 && !playbook.tierKeys.includes(String(facts.tier ?? ''))) return false;
  if (playbook.phaseKeys.length > 0 && !playbook.phaseKeys.includes(String(facts.phase ?? ''))) return false;
  return matchesAccountRule(playbook.conditions, facts);
}
