/**
 * The contract between a pass over a file (dry run or run) and each import kind: plan a
 * batch of parsed rows against the database, then — for a run — write what was planned.
 */
import type { Tx } from '../../db/connect.js';
import type { ImportKind } from '../../../domain/imports/import-kinds.js';
import { isRejected, type PlannedRow, type RowPlan } from '../../../domain/imports/plan-record.js';
import type { ParsedRow, RowSchema } from '../../../domain/imports/row-schema.js';
import type { ImportWorkspace } from './store.js';
import type { ImportEvent, Upserted } from './bulk-store.js';

/** What stays the same for every batch of one pass. */
export interface PassEnv {
  workspaceId: string;
  schema: RowSchema;
  workspace: ImportWorkspace;
  /** 'YYYY-MM-DD' of the run, in UTC (subscriptions/subscription-rules.ts utcDateOf) */
  today: string;
}

export interface WriteContext {
  jobId: string;
  now: Date;
  /** the person the timeline entries are by (null for an API key) */
  authorId: string | null;
}

export interface WriteOutcome {
  created: number;
  updated: number;
}

export interface BatchPlan {
  plans: RowPlan<Record<string, unknown>>[];
  /** write the planned rows in the caller's transaction */
  write(ctx: WriteContext): Promise<WriteOutcome>;
}

export type BatchPlanner = (tx: Tx, env: PassEnv, rows: readonly ParsedRow[], lock: boolean) => Promise<BatchPlan>;

/** The rows to write: new records and changed ones (unchanged rows cost no write at all). */
export function changingOnly<T>(plans: readonly RowPlan<T>[]): PlannedRow<T>[] {
  return plans.filter((p): p is PlannedRow<T> => !isRejected(p) && p.action !== 'unchanged');
}

/**
 * Before writing: lock the stored records the batch is about to change (FOR UPDATE, through
 * `relock`, which also refreshes the lookup), and plan those rows again on what is stored
 * now — so an edit committed since the first read is merged, not overwritten with stale
 * values. New and unchanged rows take no lock; the upsert's IS DISTINCT FROM still guards
 * them.
 */
export async function replanLocked<T>(
  plans: RowPlan<T>[], rows: readonly ParsedRow[], relock: (ids: string[]) => Promise<void>, plan: (row: ParsedRow) => RowPlan<T>,
): Promise<RowPlan<T>[]> {
  const ids = plans.flatMap((p) => (!isRejected(p) && p.action === 'update' ? [p.id] : []));
  if (ids.length === 0) return plans;
  await relock(ids);
  const changing = new Set(ids);
  return plans.map((p, i) => {
    const row = rows[i];
    return row && !isRejected(p) && changing.has(p.id) ? plan(row) : p;
  });
}

/** Distinct non-empty string values of one field over the rows without issues. */
export function distinctValues(rows: readonly ParsedRow[], field: string): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const v = r.values[field];
    if (r.issues.length === 0 && typeof v === 'string' && v !== '') out.add(v);
  }
  return [...out];
}

/**
 * Match the rows an upsert wrote back to their plans (by id, or by external id when a
 * concurrent insert won the race), and build their timeline entries.
 */
export function outcomeOf<T>(
  written: readonly Upserted[], plans: readonly PlannedRow<T>[],
  entryOf: (plan: PlannedRow<T>, id: string) => Omit<ImportEvent, 'event' | 'extra'> & { data?: Record<string, unknown> },
): { outcome: WriteOutcome; events: ImportEvent[]; matched: Array<{ plan: PlannedRow<T>; id: string; inserted: boolean }> } {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const byKey = new Map(plans.map((p) => [p.key, p]));
  const matched: Array<{ plan: PlannedRow<T>; id: string; inserted: boolean }> = [];
  const events: ImportEvent[] = [];
  for (const w of written) {
    const plan = byId.get(w.id) ?? byKey.get(w.external_id);
    if (!plan) continue;
    matched.push({ plan, id: w.id, inserted: w.inserted });
    const entry = entryOf(plan, w.id);
    const extra = { ...entry.data, ...(w.inserted ? {} : { changes: plan.changes }) };
    events.push({ ...entry, event: w.inserted ? 'import.created' : 'import.updated', extra: Object.keys(extra).length > 0 ? extra : null });
  }
  const created = written.filter((w) => w.inserted).length;
  return { outcome: { created, updated: written.length - created }, events, matched };
}

export type KindPlanners = Readonly<Record<ImportKind, BatchPlanner>>;
