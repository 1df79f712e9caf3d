/** A playbook's definition as stored and as edited: a trigger, conditions, a scope and actions. */
import { z } from 'zod';
import { AccountRule } from '../journey/account-rule.js';
import { PlaybookAction } from './action.js';
import { PlaybookTrigger } from './trigger.js';

const keys = z.array(z.string().min(1).max(64)).max(50);

export const PlaybookDefinition = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  enabled: z.boolean().default(true),
  trigger: PlaybookTrigger,
  /** extra conditions on the account's facts that must hold when the trigger fires */
  conditions: AccountRule.default({ all: [] }),
  actions: z.array(PlaybookAction).min(1).max(10),
  /** tiers and phases it runs in; empty = all */
  tierKeys: keys.default([]),
  phaseKeys: keys.default([]),
});
export type PlaybookDefinition = z.infer<typeof PlaybookDefinition>;

/** What the evaluation needs of a stored playbook. */
export interface PlaybookForEvaluation {
  id: string;
  name: string;
  trigger: PlaybookTrigger;
  conditions: AccountRule;
  actions: PlaybookAction[];
  tierKeys: string[];
  phaseKeys: string[];
}
