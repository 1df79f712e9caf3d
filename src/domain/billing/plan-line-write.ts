/**
 * What to write for one subscription line when dated snapshots arrive for it: the history
 * rows to insert or relabel (line-snapshots.ts) and the line row itself, which always holds
 * the state after its last snapshot — the same rule the subscriptions API follows.
 * Line-only fields (product, cancellation notice date) follow the newest information only,
 * so a delayed, older delivery never overwrites them.
 */
import {
  mergeSnapshots, sameState, type IncomingSnapshot, type LineState, type PlacedSnapshot, type SnapshotKind,
  type StoredSnapshot,
} from './line-snapshots.js';

export interface LineRecord {
  startedOn: string;
  /** when the customer gave notice (the cancellation request), not when service ends */
  cancelledOn: string | null;
  product: string | null;
}

export interface StoredLine extends LineRecord {
  state: LineState;
  history: readonly StoredSnapshot[];
}

export interface LineWriteInput {
  stored: StoredLine | null;
  incoming: readonly IncomingSnapshot[];
  dedupeSameDay: boolean;
  /** undefined: keep the stored product */
  product?: string | null;
  /** undefined: derive it (kept, or the date the history turned cancelled) */
  cancelledOn?: string | null;
}

export interface LineWritePlan {
  inserts: PlacedSnapshot[];
  relabels: Array<{ id: string; kind: SnapshotKind }>;
  /** the line row to save, or null when nothing about the line changes */
  line: (LineRecord & { state: LineState }) | null;
}

export function planLineWrite(input: LineWriteInput): LineWritePlan {
  const { stored } = input;
  const merged = mergeSnapshots(stored?.history ?? [], input.incoming, { dedupeSameDay: input.dedupeSameDay });
  const state = merged.latest?.state ?? stored?.state;
  if (!state || (!stored && merged.inserts.length === 0)) return { inserts: [], relabels: [], line: null };

  const newest = isNewest(input.incoming, stored?.history ?? []);
  const firstOn = merged.firstOn ?? stored?.startedOn ?? '';
  const startedOn = stored && stored.startedOn < firstOn ? stored.startedOn : firstOn;
  const product = newest && input.product !== undefined ? input.product : stored?.product ?? input.product ?? null;
  const line = { state, startedOn, product, cancelledOn: cancelledOnOf(input, state, merged.cancelledSince, newest) };

  const unchanged = stored !== null && merged.inserts.length === 0 && sameState(stored.state, state)
    && stored.startedOn === line.startedOn && stored.product === line.product && stored.cancelledOn === line.cancelledOn;
  return { inserts: merged.inserts, relabels: merged.relabels, line: unchanged ? null : line };
}

function cancelledOnOf(input: LineWriteInput, state: LineState, cancelledSince: string | null, newest: boolean): string | null {
  const given = newest ? input.cancelledOn : undefined;
  const stored = input.stored;
  if (state.status === 'cancelled') {
    if (given) return given;
    if (stored?.state.status === 'cancelled' || stored?.cancelledOn) return stored.cancelledOn ?? cancelledSince;
    return cancelledSince;
  }
  if (given !== undefined) return given;
  // live again: a notice given while it was live still stands; a cancellation that was undone does not
  return stored && stored.state.status !== 'cancelled' ? stored.cancelledOn : null;
}

function isNewest(incoming: readonly IncomingSnapshot[], history: readonly StoredSnapshot[]): boolean {
  const key = (s: { effectiveOn: string; order: number }) => `${s.effectiveOn}|${String(s.order).padStart(16, '0')}`;
  const newestIncoming = incoming.map(key).sort().at(-1);
  const newestStored = history.map(key).sort().at(-1);
  return newestIncoming !== undefined && (newestStored === undefined || newestIncoming >= newestStored);
}
