/** HTTP shapes of "follow today" (SPEC §3.6, issue 5). */
import { z } from '@hono/zod-openapi';

export const TodayQuery = z.object({
  member: z.union([z.literal('me'), z.uuid()]).default('me').openapi({ description: 'me (default) or a member\'s user id' }),
  format: z.enum(['json', 'csv']).default('json'),
});

const Band = z.enum(['red', 'yellow', 'green']);

export const TodayReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('health'), band: Band.nullable(), score: z.number().nullable(), change: z.number().nullable().openapi({ description: 'score change over 7 days' }) }),
  z.object({ kind: z.literal('arr'), arr: z.number().openapi({ description: 'minor units of the base currency' }) }),
  z.object({ kind: z.literal('renewal'), days: z.number().int().openapi({ description: 'days until the renewal date; negative = passed' }) }),
  z.object({ kind: z.literal('overdue_tasks'), count: z.number().int() }),
  z.object({ kind: z.literal('due_today'), count: z.number().int() }),
  z.object({ kind: z.literal('touch_overdue'), days: z.number().int() }),
]).openapi('TodayReason');

export const TodayItem = z.object({
  accountId: z.uuid(),
  name: z.string(),
  rank: z.number().int(),
  priority: z.number(),
  components: z.object({ risk: z.number(), value: z.number(), urgency: z.number(), backlog: z.number() }),
  reasons: z.array(TodayReason),
  healthBand: Band.nullable(),
  healthScore: z.number().nullable(),
  arr: z.number(),
  renewalDate: z.string().nullable(),
  phase: z.string().nullable(),
  touchTier: z.string().nullable(),
}).openapi('TodayItem');

export const TodayMember = z.object({ userId: z.uuid(), name: z.string(), accounts: z.number().int() });

export const TodayList = z.object({
  today: z.string(),
  member: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
  currency: z.string(),
  items: z.array(TodayItem),
  /** members who own customer accounts, for a manager's switcher */
  members: z.array(TodayMember),
  /** the member's open tasks due today or overdue */
  tasks: z.object({ overdue: z.number().int(), today: z.number().int() }),
}).openapi('TodayList');
export type TodayList = z.infer<typeof TodayList>;
