/**
 * Client and shapes for the success roadmap (src/server/modules/phases): phases with their entry
 * criteria and checklists, an account's journey (move, pin, tick), and the roadmap report.
 */
import type { PhaseCriterion } from '../../domain/phases/criteria';
import { buildUrl, request } from './http';

export interface ChecklistItem {
  id: string;
  phaseKey: string;
  title: string;
  description: string | null;
  position: number;
}

export interface Phase {
  id: string;
  key: string;
  name: string;
  description: string | null;
  position: number;
  criterion: PhaseCriterion | null;
  isOnboarding: boolean;
  accounts: number;
  checklist: ChecklistItem[];
}

export interface PhaseInput {
  key?: string;
  name: string;
  description: string | null;
  criterion: PhaseCriterion | null;
  isOnboarding: boolean;
}

export type Saw = Record<string, number | string | null>;
export type TransitionSource = 'initial' | 'rule' | 'manual' | 'playbook';

export interface PhaseTransition {
  id: string;
  from: string | null;
  to: string;
  at: string;
  source: TransitionSource;
  criterion: { criterion: PhaseCriterion; saw: Saw } | null;
  reason: string | null;
  actorName: string | null;
}

export interface AccountJourney {
  phase: { key: string; name: string; enteredAt: string; daysInPhase: number; pinned: boolean; pinReason: string | null } | null;
  next: { key: string; name: string; criterion: PhaseCriterion | null; holds: boolean | null; saw: Saw | null } | null;
  phases: Array<{ key: string; name: string; isOnboarding: boolean }>;
  checklists: Array<{
    phaseKey: string; phaseName: string; done: number; total: number;
    items: Array<{ id: string; title: string; description: string | null; doneAt: string | null; doneByName: string | null }>;
  }>;
  transitions: PhaseTransition[];
}

export interface PhaseReport {
  from: string;
  to: string;
  currency: string;
  phases: Array<{ key: string; name: string; accounts: number; arr: number; entered: number }>;
  unplaced: { accounts: number; arr: number };
  conversions: Array<{ from: string; to: string; entered: number; converted: number; rate: number | null }>;
  timeInPhase: Array<{ phase: string; completed: number; medianDays: number | null; p75Days: number | null; current: number; currentMedianDays: number | null }>;
  onboarding: { phase: string | null; checklistSize: number; entered: number; completed: number; rate: number | null };
}

export interface Period {
  from: string;
  to: string;
}

export const phaseApi = {
  list: () => request<{ items: Phase[] }>('GET', '/phases'),
  create: (input: PhaseInput & { key: string }) => request<{ id: string }>('POST', '/phases', { json: input }),
  update: (id: string, input: Partial<PhaseInput>) => request<void>('PATCH', `/phases/${id}`, { json: input }),
  remove: (id: string) => request<void>('DELETE', `/phases/${id}`),
  reorder: (ids: string[]) => request<void>('POST', '/phases/reorder', { json: { ids } }),
  addItem: (phaseId: string, input: { title: string; description?: string | null }) =>
    request<{ id: string }>('POST', `/phases/${phaseId}/checklist-items`, { json: input }),
  updateItem: (id: string, input: { title?: string; description?: string | null }) => request<void>('PATCH', `/checklist-items/${id}`, { json: input }),
  removeItem: (id: string) => request<void>('DELETE', `/checklist-items/${id}`),
  journey: (accountId: string) => request<AccountJourney>('GET', `/accounts/${accountId}/journey`),
  move: (accountId: string, input: { phase: string; reason: string }) => request<{ changed: boolean }>('POST', `/accounts/${accountId}/phase`, { json: input }),
  pin: (accountId: string, input: { pinned: boolean; reason?: string | null }) =>
    request<{ changed: boolean }>('POST', `/accounts/${accountId}/phase/pin`, { json: input }),
  tick: (accountId: string, itemId: string, done: boolean) =>
    request<{ changed: boolean }>('PUT', `/accounts/${accountId}/checklist`, { json: { itemId, done } }),
  report: (period: Period) => request<PhaseReport>('GET', '/phases/report', { query: { from: period.from, to: period.to } }),
};

export function phaseReportCsvUrl(period: Period): string {
  return buildUrl('/phases/report', { from: period.from, to: period.to, format: 'csv' });
}

/** Every key starts with 'phases', so invalidating it after any write refreshes them all. */
export const phaseKeys = {
  all: ['phases'] as const,
  list: () => ['phases', 'list'] as const,
  journey: (accountId: string) => ['phases', 'journey', accountId] as const,
  report: (period: Period) => ['phases', 'report', period.from, period.to] as const,
};
