/**
 * Decides, without writing anything, what each playbook would do now: the accounts it fires
 * for (with what its trigger saw) and the open episodes it closes. Shared by the automation
 * pass (which then writes the runs) and the dry run (which only shows them).
 */
import type { Tx } from '../../db/connect.js';
import type { AccountFacts } from '../../../domain/journey/account-rule.js';
import type { TriggerCheck } from '../../../domain/playbooks/check-state.js';
import { planEventFirings, planStateEpisodes, type AccountEvent, type Firing } from '../../../domain/playbooks/plan-episodes.js';
import type { PlaybookForEvaluation } from '../../../domain/playbooks/playbook.js';
import { isEventTrigger, type EventTrigger } from '../../../domain/playbooks/trigger.js';
import { loadAccountFacts } from '../tiers/account-facts.js';
import { loadStateChecks } from './load-state-checks.js';
import { loadTimelineEvents, loadUsageEvents, TIMELINE_EVENTS, type EventWindow } from './load-events.js';
import { firedKeys, openEpisodes } from './playbook-store.js';

/** A playbook to evaluate; `id` null for an unsaved definition (it has no runs yet). */
export type Candidate = Omit<PlaybookForEvaluation, 'id'> & { id: string | null };

export interface Evaluation {
  playbook: Candidate;
  fire: Firing[];
  /** accounts whose open episode ends (state triggers only) */
  close: string[];
  closesAtOnce: boolean;
}

export interface EvaluateOptions {
  /** state triggers: only these accounts (every served account when omitted) */
  accountIds?: string[];
  today: string;
  now: Date;
  /** event triggers: what to read; null skips event triggers */
  window: EventWindow | null;
}

export interface EvaluationResult {
  evaluations: Evaluation[];
  /** created_at of the newest timeline entry read, to move the event cursor */
  latestEventAt: string | null;
}

async function loadEvents(tx: Tx, workspaceId: string, triggers: EventTrigger[], window: EventWindow) {
  const timeline = [...new Set(triggers.flatMap((t) => (t.type === 'custom_event' ? [] : [TIMELINE_EVENTS[t.type]])))];
  const names = [...new Set(triggers.flatMap((t) => (t.type === 'custom_event' ? [t.event] : [])))];
  const fromTimeline = await loadTimelineEvents(tx, workspaceId, timeline, window);
  const fromUsage = await loadUsageEvents(tx, workspaceId, names, window);
  return { events: [...fromTimeline.events, ...fromUsage], latest: fromTimeline.latest };
}

export async function evaluatePlaybooks(tx: Tx, workspaceId: string, candidates: Candidate[], options: EvaluateOptions): Promise<EvaluationResult> {
  const stateOnes = candidates.filter((p) => !isEventTrigger(p.trigger));
  const eventOnes = options.window ? candidates.filter((p) => isEventTrigger(p.trigger)) : [];
  const { events, latest } = eventOnes.length > 0 && options.window
    ? await loadEvents(tx, workspaceId, eventOnes.map((p) => p.trigger as EventTrigger), options.window)
    : { events: [] as AccountEvent[], latest: null };
  const facts = await loadFacts(tx, workspaceId, stateOnes.length > 0 ? options.accountIds : [], events, options.today);

  const evaluations: Evaluation[] = [];
  const checksByTrigger = new Map<string, Map<string, TriggerCheck>>();
  for (const playbook of stateOnes) {
    const key = JSON.stringify(playbook.trigger);
    let checks = checksByTrigger.get(key);
    if (!checks) {
      checks = await loadStateChecks(tx, workspaceId, playbook.trigger as never, options.accountIds, options.today);
      checksByTrigger.set(key, checks);
    }
    const open = playbook.id ? await openEpisodes(tx, workspaceId, playbook.id, options.accountIds) : new Set<string>();
    const accountIds = [...new Set([...checks.keys(), ...open])];
    const plan = planStateEpisodes({ playbook, accountIds, checks, facts, open, now: options.now });
    evaluations.push({ playbook, ...plan, closesAtOnce: false });
  }
  for (const playbook of eventOnes) {
    const fired = playbook.id ? await firedKeys(tx, workspaceId, playbook.id, [...new Set(events.map((e) => e.id))]) : new Set<string>();
    const fire = planEventFirings({ playbook: { ...playbook, trigger: playbook.trigger as EventTrigger }, events, facts, fired });
    evaluations.push({ playbook, fire, close: [], closesAtOnce: true });
  }
  return { evaluations, latestEventAt: latest };
}

/** Facts of the evaluated accounts and of every account an event names, in one or two queries. */
async function loadFacts(tx: Tx, workspaceId: string, accountIds: string[] | undefined, events: AccountEvent[], today: string) {
  const facts: Map<string, AccountFacts> = await loadAccountFacts(tx, workspaceId, accountIds, today);
  const missing = [...new Set(events.map((e) => e.accountId))].filter((id) => !facts.has(id));
  if (missing.length > 0) {
    for (const [id, f] of await loadAccountFacts(tx, workspaceId, missing, today)) facts.set(id, f);
  }
  return facts;
}
