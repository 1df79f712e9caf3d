/**
 * Firing once per episode, decided as plain data. The database enforces the same rule (one open
 * run per playbook and account; one run per episode key), so two evaluations racing each other
 * still fire once: the plan says what to try, the unique indexes say what wins.
 */
import type { AccountFacts } from '../journey/account-rule.js';
import type { TriggerCheck } from './check-state.js';
import { inScope } from './in-scope.js';
import type { PlaybookForEvaluation } from './playbook.js';
import { NPS_DETRACTOR_MAX, type EventTrigger } from './trigger.js';

export interface Firing {
  accountId: string;
  episodeKey: string;
  detail: Record<string, unknown>;
}

export interface StatePlan {
  /** accounts where the trigger holds, the playbook applies and no episode is open: fire */
  fire: Firing[];
  /** accounts with an open episode whose trigger no longer holds: close (recovery) */
  close: string[];
}

/**
 * For a state trigger: fire where it holds, the account is in scope and no episode is open;
 * close open episodes where it stopped holding. An episode stays open while the trigger holds
 * even if the account leaves the scope, so leaving and re-entering a tier does not fire again.
 * The episode key of a state episode is the instant it opened.
 */
export function planStateEpisodes(input: {
  playbook: Pick<PlaybookForEvaluation, 'tierKeys' | 'phaseKeys' | 'conditions'>;
  accountIds: readonly string[];
  checks: ReadonlyMap<string, TriggerCheck>;
  facts: ReadonlyMap<string, AccountFacts>;
  open: ReadonlySet<string>;
  now: Date;
}): StatePlan {
  const fire: Firing[] = [];
  const close: string[] = [];
  for (const accountId of input.accountIds) {
    const check = input.checks.get(accountId) ?? { holds: false };
    const isOpen = input.open.has(accountId);
    if (!check.holds) {
      if (isOpen) close.push(accountId);
      continue;
    }
    if (isOpen || !inScope(input.playbook, input.facts.get(accountId))) continue;
    fire.push({ accountId, episodeKey: `state:${input.now.toISOString()}`, detail: check.detail });
  }
  return { fire, close };
}

/** Something that happened to an account: a timeline entry, or a product event seen on a day. */
export interface AccountEvent {
  /** unique per event: the timeline entry's id, or `usage:<event>:<day>` */
  id: string;
  accountId: string;
  /** phase.entered | survey.answered | usage */
  kind: string;
  at: string;
  data: Record<string, unknown>;
}

/** What an event trigger saw in one event, or null when the event is not one it fires on. */
export function matchEvent(trigger: EventTrigger, event: AccountEvent): Record<string, unknown> | null {
  switch (trigger.type) {
    case 'phase_entered':
      return event.kind === 'phase.entered' && event.data.to === trigger.phase
        ? { phase: trigger.phase, from: event.data.from ?? null, source: event.data.source ?? null, at: event.at }
        : null;
    case 'nps_detractor': {
      const nps = Number(event.data.nps);
      return event.kind === 'survey.answered' && event.data.nps !== null && event.data.nps !== undefined
        && Number.isFinite(nps) && nps <= NPS_DETRACTOR_MAX
        ? { nps, surveyId: event.data.surveyId ?? null, contactId: event.data.contactId ?? null, at: event.at }
        : null;
    }
    case 'custom_event':
      return event.kind === 'usage' && event.data.event === trigger.event
        ? { event: trigger.event, day: event.data.day ?? null, count: event.data.count ?? null }
        : null;
  }
}

/** For an event trigger: one firing per matching event of an account in scope, unless already fired. */
export function planEventFirings(input: {
  playbook: Pick<PlaybookForEvaluation, 'tierKeys' | 'phaseKeys' | 'conditions'> & { trigger: EventTrigger };
  events: readonly AccountEvent[];
  facts: ReadonlyMap<string, AccountFacts>;
  /** `<accountId> <episodeKey>` of runs that already exist */
  fired: ReadonlySet<string>;
}): Firing[] {
  const out: Firing[] = [];
  const seen = new Set<string>();
  for (const event of input.events) {
    const detail = matchEvent(input.playbook.trigger, event);
    if (!detail) continue;
    const key = `${event.accountId} ${event.id}`;
    if (input.fired.has(key) || seen.has(key)) continue;
    if (!inScope(input.playbook, input.facts.get(event.accountId))) continue;
    seen.add(key);
    out.push({ accountId: event.accountId, episodeKey: event.id, detail });
  }
  return out;
}
