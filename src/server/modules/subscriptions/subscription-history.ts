/**
 * Placing a dated change into a line's history. Pure: takes the stored events and returns
 * what to write.
 *
 * A change dated on or after the last event is the everyday case: the new state is the
 * line's current state with the change applied. A change dated earlier corrects the past
 * (a seat added in February but entered in April): the new state builds on the state in
 * force on that date, and each changed field is carried forward through the later events
 * until one of them changed that same field itself — so a later, separately recorded change
 * is kept, and MRR on every date stays what actually applied.
 */
import { EVENT_STATE_FIELDS, stateOf, type SubscriptionState } from './subscription-events.js';

/** A stored event, in history order (effective_on, then recorded_at). */
export interface HistoryEvent extends SubscriptionState {
  id: string;
  effectiveOn: string;
}

export interface PlacedChange {
  /** the state in force on the change date, just before it */
  before: SubscriptionState;
  /** the state from the change date */
  after: SubscriptionState;
  /** the fields that change on that date, as {field: [before, after]} */
  changes: Record<string, [unknown, unknown]>;
  /** later events that carry a changed field forward, with their corrected state */
  corrected: Array<{ id: string; state: SubscriptionState }>;
  /** the state after the last event: what the line itself holds now */
  latest: SubscriptionState;
}

type StateField = (typeof EVENT_STATE_FIELDS)[number];

/**
 * Where a change dated `effectiveOn` lands in `history`, or null when it changes nothing on
 * that date. `current` is the line as stored, used as the state when no event follows the date.
 */
export function placeChange(
  history: readonly HistoryEvent[], current: SubscriptionState, effectiveOn: string, patch: Partial<SubscriptionState>,
): PlacedChange | null {
  // Events on the same date were recorded earlier, so the new one goes after them.
  const split = history.findIndex((e) => e.effectiveOn > effectiveOn);
  const later = split === -1 ? [] : history.slice(split);
  const previous = split === -1 ? history[history.length - 1] : history[split - 1];
  const before = later.length === 0 || !previous ? stateOf(current) : stateOf(previous);

  const changed = EVENT_STATE_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== before[f]);
  if (changed.length === 0) return null;
  const after: SubscriptionState = { ...before };
  const changes: Record<string, [unknown, unknown]> = {};
  for (const f of changed) {
    assign(after, f, patch[f]);
    changes[f] = [before[f], after[f]];
  }

  const carrying = new Set<StateField>(changed);
  const corrected: PlacedChange['corrected'] = [];
  let previousOriginal = before;
  let latest = after;
  for (const event of later) {
    const original = stateOf(event);
    const next: SubscriptionState = { ...original };
    for (const f of [...carrying]) {
      if (original[f] === previousOriginal[f]) assign(next, f, after[f]);
      else carrying.delete(f); // this event changed the field itself: its value stands from here on
    }
    if (EVENT_STATE_FIELDS.some((f) => next[f] !== original[f])) corrected.push({ id: event.id, state: next });
    previousOriginal = original;
    latest = next;
  }
  return { before, after, changes, corrected, latest };
}

function assign<F extends StateField>(target: SubscriptionState, field: F, value: unknown): void {
  target[field] = value as SubscriptionState[F];
}
