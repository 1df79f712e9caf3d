/**
 * Client and shapes for playbooks (src/server/modules/playbooks): definitions with their recent
 * runs, dry runs of a saved or unsaved definition, and the run log per playbook and per account.
 */
import type { AccountRule } from '../../domain/journey/account-rule';
import type { ActionResult, PlaybookAction } from '../../domain/playbooks/action';
import type { PlaybookTrigger } from '../../domain/playbooks/trigger';
import { buildUrl, request } from './http';

export interface PlaybookInput {
  name: string;
  description: string | null;
  enabled: boolean;
  trigger: PlaybookTrigger;
  conditions: AccountRule;
  actions: PlaybookAction[];
  tierKeys: string[];
  phaseKeys: string[];
}

export interface Playbook extends PlaybookInput {
  id: string;
  createdAt: string;
  updatedAt: string;
  runs30d: number;
  openEpisodes: number;
  lastFiredAt: string | null;
}

export interface DryRun {
  items: Array<{ accountId: string; accountName: string; ownerName: string | null; detail: Record<string, unknown> }>;
  total: number;
  alreadyOpen: number;
  wouldClose: number;
  eventWindowDays: number | null;
}

export interface PlaybookRun {
  id: string;
  playbookId: string;
  playbookName: string;
  trigger: PlaybookTrigger;
  accountId: string;
  accountName: string;
  firedAt: string;
  closedAt: string | null;
  detail: Record<string, unknown>;
  results: ActionResult[];
}

export const playbookApi = {
  list: () => request<{ items: Playbook[] }>('GET', '/playbooks'),
  get: (id: string) => request<Playbook>('GET', `/playbooks/${id}`),
  create: (input: PlaybookInput) => request<Playbook>('POST', '/playbooks', { json: input }),
  update: (id: string, input: Partial<PlaybookInput>) => request<Playbook>('PATCH', `/playbooks/${id}`, { json: input }),
  remove: (id: string) => request<void>('DELETE', `/playbooks/${id}`),
  dryRunDraft: (input: PlaybookInput) => request<DryRun>('POST', '/playbooks/dry-run', { json: input }),
  dryRun: (id: string) => request<DryRun>('POST', `/playbooks/${id}/dry-run`),
  runs: (id: string) => request<{ items: PlaybookRun[] }>('GET', `/playbooks/${id}/runs`),
  accountRuns: (accountId: string) => request<{ items: PlaybookRun[] }>('GET', `/accounts/${accountId}/playbook-runs`),
};

/** The run log as CSV (UTF-8 with BOM, for Excel), reasons in the given language. */
export function playbookRunsCsvUrl(id: string, lang: 'ja' | 'en'): string {
  return buildUrl(`/playbooks/${id}/runs`, { format: 'csv', lang, limit: 1000 });
}

/** Every key starts with 'playbooks', so invalidating it after any write refreshes them all. */
export const playbookKeys = {
  all: ['playbooks'] as const,
  list: () => ['playbooks', 'list'] as const,
  one: (id: string) => ['playbooks', 'one', id] as const,
  runs: (id: string) => ['playbooks', 'runs', id] as const,
  accountRuns: (accountId: string) => ['playbooks', 'account-runs', accountId] as const,
};
