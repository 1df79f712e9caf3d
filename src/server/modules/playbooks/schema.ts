/** HTTP shapes of playbooks (SPEC §3.6): definitions, the list, dry runs and the run log. */
import { z } from '@hono/zod-openapi';
import { PlaybookDefinition } from '../../../domain/playbooks/playbook.js';

export const PlaybookInput = PlaybookDefinition.openapi('PlaybookInput');
export type PlaybookInput = z.infer<typeof PlaybookInput>;

export const PlaybookPatch = PlaybookDefinition.partial().openapi('PlaybookPatch');
export type PlaybookPatch = z.infer<typeof PlaybookPatch>;

const instant = z.string().openapi({ description: 'ISO 8601 instant', example: '2026-04-01T03:00:00.000Z' });

export const Playbook = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  trigger: z.record(z.string(), z.unknown()),
  conditions: z.record(z.string(), z.unknown()),
  actions: z.array(z.record(z.string(), z.unknown())),
  tierKeys: z.array(z.string()),
  phaseKeys: z.array(z.string()),
  createdAt: instant,
  updatedAt: instant,
  runs30d: z.number().int().openapi({ description: 'runs fired in the last 30 days' }),
  openEpisodes: z.number().int().openapi({ description: 'episodes still open (state triggers)' }),
  lastFiredAt: instant.nullable(),
}).openapi('Playbook');

export const PlaybookList = z.object({ items: z.array(Playbook) }).openapi('PlaybookList');

export const DryRunItem = z.object({
  accountId: z.uuid(),
  accountName: z.string(),
  ownerName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).openapi({ description: 'what the trigger saw' }),
});

export const DryRunResult = z.object({
  items: z.array(DryRunItem).openapi({ description: 'accounts it would fire for now' }),
  total: z.number().int(),
  alreadyOpen: z.number().int().openapi({ description: 'accounts in an open episode: they fired already and wait for recovery' }),
  wouldClose: z.number().int().openapi({ description: 'open episodes that would close (recovered)' }),
  eventWindowDays: z.number().int().nullable().openapi({ description: 'event triggers: the days of events looked at' }),
}).openapi('PlaybookDryRun');

export const Run = z.object({
  id: z.uuid(),
  playbookId: z.uuid(),
  playbookName: z.string(),
  trigger: z.unknown(),
  accountId: z.uuid(),
  accountName: z.string(),
  firedAt: instant,
  closedAt: instant.nullable(),
  detail: z.record(z.string(), z.unknown()),
  results: z.array(z.unknown()),
}).openapi('PlaybookRun');

export const RunList = z.object({ items: z.array(Run) }).openapi('PlaybookRunList');

export const RunQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  format: z.enum(['json', 'csv']).default('json'),
  /** the language of the reason column in CSV */
  lang: z.enum(['ja', 'en']).default('ja'),
});
