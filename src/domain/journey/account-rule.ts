/**
 * Conditions on an account's facts, shared by touch-tier rules and playbook conditions: every
 * condition must hold (an empty rule always holds). Facts are flat: the account's fields, its
 * revenue, health, tier and phase, and its custom fields as `custom.<key>`. A missing fact
 * (null) fails every comparison except `empty`, so an account without ARR never lands in a
 * tier meant for "ARR ≥ ¥1,200,000".
 */
import { z } from 'zod';

/** Facts Kizuna knows for every account (money in base-currency minor units, days as whole days). */
export const ACCOUNT_FACTS = [
  'arr', 'mrr', 'plan', 'sizeBand', 'industry', 'useCase', 'region', 'status', 'ownerId',
  'tier', 'phase', 'healthScore', 'healthBand', 'daysToRenewal', 'daysInPhase', 'daysSinceCreated', 'seats',
] as const;
export type AccountFactKey = (typeof ACCOUNT_FACTS)[number];

export const NUMERIC_FACTS: ReadonlySet<string> = new Set(['arr', 'mrr', 'healthScore', 'daysToRenewal', 'daysInPhase', 'daysSinceCreated', 'seats']);

export const CONDITION_OPS = ['eq', 'neq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'empty', 'not_empty'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** A fact name: one of ACCOUNT_FACTS or `custom.<key>` for a custom field. */
export const FactName = z.string().refine(
  (name) => (ACCOUNT_FACTS as readonly string[]).includes(name) || /^custom\.[A-Za-z0-9_]+$/.test(name),
  { message: `must be one of ${ACCOUNT_FACTS.join(', ')} or custom.<field key>` },
);

export const Condition = z.object({
  fact: FactName,
  op: z.enum(CONDITION_OPS),
  /** a number or text for comparisons, a list for in / not_in, nothing for empty / not_empty */
  value: z.union([z.number(), z.string(), z.array(z.string())]).optional(),
}).superRefine((c, ctx) => {
  const needsList = c.op === 'in' || c.op === 'not_in';
  const needsNothing = c.op === 'empty' || c.op === 'not_empty';
  if (needsList && !Array.isArray(c.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.op} needs a list of values` });
  if (!needsList && !needsNothing && (c.value === undefined || Array.isArray(c.value))) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.op} needs one value` });
  }
  if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && typeof c.value !== 'number') {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `${c.op} compares numbers` });
  }
});
export type Condition = z.infer<typeof Condition>;

export const AccountRule = z.object({ all: z.array(Condition).max(20) });
export type AccountRule = z.infer<typeof AccountRule>;

export type FactValue = string | number | null;
export type AccountFacts = Record<string, FactValue>;

function same(a: FactValue, b: string | number): boolean {
  if (typeof b === 'number') return typeof a === 'number' ? a === b : a !== null && Number(a) === b;
  return String(a) === b;
}

export function holds(condition: Condition, facts: AccountFacts): boolean {
  const value = facts[condition.fact] ?? null;
  const expected = condition.value;
  switch (condition.op) {
    case 'empty': return value === null || value === '';
    case 'not_empty': return value !== null && value !== '';
    case 'in': return value !== null && Array.isArray(expected) && expected.includes(String(value));
    case 'not_in': return value !== null && Array.isArray(expected) && !expected.includes(String(value));
    case 'eq': return value !== null && expected !== undefined && !Array.isArray(expected) && same(value, expected);
    case 'neq': return value !== null && expected !== undefined && !Array.isArray(expected) && !same(value, expected);
    default: {
      if (typeof value !== 'number' || typeof expected !== 'number') return false;
      if (condition.op === 'gt') return value > expected;
      if (condition.op === 'gte') return value >= expected;
      if (condition.op === 'lt') return value < expected;
      return value <= expected;
    }
  }
}

export function matchesAccountRule(rule: AccountRule, facts: AccountFacts): boolean {
  return rule.all.every((condition) => holds(condition, facts));
}
