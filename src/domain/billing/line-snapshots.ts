/**
 * Placing dated full-state snapshots of a subscription line into its stored history.
 *
 * Billing systems report a line's whole state at a moment (a Stripe subscription in an event,
 * a row of a history export), not a patch. A snapshot therefore never needs carrying forward:
 * it slots in by (effective date, order) and the states after it stand as they are. A snapshot
 * equal to the state just before it changes nothing and is dropped, and with `dedupeSameDay`
 * (imports) one equal to any state already recorded on its date is dropped too, so importing
 * the same history twice writes nothing the second time.
 *
 * `order` breaks ties within a day: the time the change happened (Stripe's event time) or was
 * recorded, in milliseconds, so out-of-order deliveries still land in the order they happened.
 */
import type { LineState } from '../subscriptions/line-state.js';

/** The recorded state of a line: everything that moves MRR or the renewal date. */
export type { LineState } from '../subscriptions/line-state.js';

export const LINE_STATE_FIELDS = [
  'plan', 'quantity', 'unitPrice', 'currency', 'billingInterval', 'intervalCount', 'discountPercent', 'status', 'endsOn',
] as const satisfies ReadonlyArray<keyof LineState>;

export type SnapshotKind = 'created' | 'changed' | 'cancelled';

export interface StoredSnapshot {
  id: string;
  effectiveOn: string;
  order: number;
  kind: string;
  state: LineState;
}

/** A full state from a date, or "the state in force then, cancelled" (an item removed from a subscription). */
export type IncomingSnapshot =
  | { effectiveOn: string; order: number; state: LineState }
  | { effectiveOn: string; order: number; cancel: true };

export interface PlacedSnapshot {
  effectiveOn: string;
  order: number;
  kind: SnapshotKind;
  state: LineState;
  /** the state in force just before it (null: the line's first) */
  before: LineState | null;
}

export interface MergedHistory {
  inserts: PlacedSnapshot[];
  /** stored snapshots whose kind changes because a new one now precedes them */
  relabels: Array<{ id: string; kind: SnapshotKind }>;
  firstOn: string | null;
  latest: { effectiveOn: string; order: number; state: LineState } | null;
  /** when the line is cancelled at the end: the date of the snapshot that cancelled it */
  cancelledSince: string | null;
}

interface Entry {
  id: string | null;
  effectiveOn: string;
  order: number;
  kind: string;
  state: LineState;
}

export function sameState(a: LineState, b: LineState): boolean {
  return LINE_STATE_FIELDS.every((f) => a[f] === b[f]);
}

function after(a: { effectiveOn: string; order: number }, b: { effectiveOn: string; order: number }): boolean {
  return a.effectiveOn > b.effectiveOn || (a.effectiveOn === b.effectiveOn && a.order > b.order);
}

/**
 * The snapshots to insert among `stored` (in history order) and what the history then says.
 * @example
 *   mergeSnapshots([], [{ effectiveOn: '2026-04-01', order: 0, state }], { dedupeSameDay: true }).inserts[0].kind === 'created'
 */
export function mergeSnapshots(
  stored: readonly StoredSnapshot[], incoming: readonly IncomingSnapshot[], options: { dedupeSameDay: boolean },
): MergedHistory {
  const seq: Entry[] = stored.map((s) => ({ ...s }));
  const added = new Set<Entry>();
  const sorted = [...incoming].sort((a, b) => (after(a, b) ? 1 : after(b, a) ? -1 : 0));
  for (const snapshot of sorted) {
    const split = seq.findIndex((e) => after(e, snapshot));
    const at = split === -1 ? seq.length : split;
    const previous = seq[at - 1];
    const state = 'cancel' in snapshot
      ? previous ? { ...previous.state, status: 'cancelled' as const, endsOn: snapshot.effectiveOn } : null
      : snapshot.state;
    if (!state) continue; // nothing to cancel before the line existed
    if (previous && sameState(previous.state, state)) continue;
    if (options.dedupeSameDay && seq.some((e) => e.effectiveOn === snapshot.effectiveOn && sameState(e.state, state))) continue;
    const entry: Entry = { id: null, effectiveOn: snapshot.effectiveOn, order: snapshot.order, kind: '', state };
    seq.splice(at, 0, entry);
    added.add(entry);
  }
  return summarise(seq, added);
}

function summarise(seq: Entry[], added: ReadonlySet<Entry>): MergedHistory {
  const inserts: PlacedSnapshot[] = [];
  const relabels: MergedHistory['relabels'] = [];
  let before: Entry | null = null;
  for (const entry of seq) {
    const kind = kindOf(before?.state ?? null, entry.state);
    if (added.has(entry)) inserts.push({ effectiveOn: entry.effectiveOn, order: entry.order, kind, state: entry.state, before: before?.state ?? null });
    else if (entry.id && kind !== entry.kind && (before === null || added.has(before))) relabels.push({ id: entry.id, kind });
    before = entry;
  }
  const last = seq[seq.length - 1];
  let cancelledSince: string | null = null;
  for (let i = seq.length - 1; i >= 0 && seq[i]!.state.status === 'cancelled'; i -= 1) cancelledSince = seq[i]!.effectiveOn;
  return {
    inserts,
    relabels,
    firstOn: seq[0]?.effectiveOn ?? null,
    latest: last ? { effectiveOn: last.effectiveOn, order: last.order, state: last.state } : null,
    cancelledSince,
  };
}

/** created for a line's first state, cancelled when it turns cancelled, otherwise changed. */
export function kindOf(before: LineState | null, state: LineState): SnapshotKind {
  if (!before) return 'created';
  return state.status === 'cancelled' && before.status !== 'cancelled' ? 'cancelled' : 'changed';
}
