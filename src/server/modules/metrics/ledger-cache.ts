/**
 * Each workspace's prepared ledgers, kept in this process while its subscription history is
 * unchanged (DESIGN §2, "incremental by default"): a request reads the history's fingerprint
 * (store.ts) and reloads the 100,000-row history only when it moved, or rebuilds the ledgers
 * from the kept rows when the settings or rates changed. The fingerprint is read before the
 * rows, so a write landing in between makes the next request reload: nothing stale is kept.
 */
import type { Tx } from '../../db/connect.js';
import { prepareLedgers, type PreparedLedgers } from '../../../domain/metrics/compute-report.js';
import type { CurrencyContext, LineEvent, MetricSettings } from '../../../domain/metrics/metric-inputs.js';
import { historyFingerprint, loadLineEvents } from './store.js';

const MAX_WORKSPACES = 16;
/** Histories larger than this are not kept, to bound the process's memory. */
const MAX_EVENTS = 1_000_000;

interface Entry {
  fingerprint: string;
  events: readonly LineEvent[];
  key: string;
  prepared: PreparedLedgers;
}

const entries = new Map<string, Entry>();

/** The ledgers for this history fingerprint (read by the caller before anything else), settings and currencies. */
export async function preparedLedgersOf(
  tx: Tx, workspaceId: string, print: string, settings: MetricSettings, currency: CurrencyContext,
): Promise<PreparedLedgers> {
  const key = JSON.stringify([settings.churnRecognition, settings.reactivationGapDays, currency]);
  let entry = entries.get(workspaceId);
  if (!entry || entry.fingerprint !== print) {
    const events = await loadLineEvents(tx, workspaceId);
    entry = { fingerprint: print, events, key, prepared: prepareLedgers(events, currency, settings) };
  } else if (entry.key !== key) {
    entry = { ...entry, key, prepared: prepareLedgers(entry.events, currency, settings) };
  }
  entries.delete(workspaceId); // re-inserted last: the map's order is least recently used first
  if (entry.events.length <= MAX_EVENTS) entries.set(workspaceId, entry);
  while (entries.size > MAX_WORKSPACES) entries.delete(entries.keys().next().value as string);
  return entry.prepared;
}

export { historyFingerprint };

/** Forget every kept history (the benchmark's cold runs). */
export function clearLedgerCache(): void {
  entries.clear();
}
