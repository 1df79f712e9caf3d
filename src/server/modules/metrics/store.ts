/** SQL for the metrics. Every function takes the workspace id first; nothing here decides rules. */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { exchangeRates, kpiTargets, metricSettings, workspaces } from '../../db/schema/index.js';
import { DEFAULT_METRIC_SETTINGS, type DatedRate, type LineEvent, type MetricSettings } from '../../../domain/metrics/metric-inputs.js';
import { customKeyOf, type SegmentField } from '../../../domain/metrics/segments.js';
import { toUuidArray } from '../subscriptions/account-revenue.js';

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
export type KpiTargetRow = typeof kpiTargets.$inferSelect;

/**
 * Every subscription event of the workspace in history order: per line by effective date, then
 * recording. One statement; the columns are named as LineEvent's fields so the rows pass to the
 * engine as they come (bigint and date are normalised by connect.ts) — no copy of 100,000 rows.
 */
export async function loadLineEvents(tx: Tx, workspaceId: string): Promise<LineEvent[]> {
  return queryRows<LineEvent & Record<string, unknown>>(tx, sql`
    select e.subscription_id as "subscriptionId", e.account_id as "accountId", e.effective_on as "effectiveOn",
      e.status, e.currency, e.ends_on as "endsOn", e.mrr
    from subscription_events e
    where e.workspace_id = ${workspaceId}
    order by e.subscription_id, e.effective_on, e.recorded_at, e.id`);
}

/**
 * A fingerprint of the workspace's subscription history that changes with any insert, update
 * or delete: the row count, and the highest and the sum of the rows' creating transaction ids
 * (every new row version gets its writer's xid). Reading it costs a fraction of the history.
 */
export async function historyFingerprint(tx: Tx, workspaceId: string): Promise<string> {
  const [row] = await queryRows<{ n: number; hi: number | null; total: number | null }>(tx, sql`
    select count(*) as n, max(e.xmin::text::bigint) as hi, sum(e.xmin::text::bigint) as total
    from subscription_events e where e.workspace_id = ${workspaceId}`);
  return `${row?.n ?? 0}:${row?.hi ?? 0}:${row?.total ?? 0}`;
}

const SEGMENT_COLUMNS: Record<Exclude<SegmentField, `custom:${string}`>, SQL> = {
  plan: sql`a.plan`, industry: sql`a.industry`, sizeBand: sql`a.size_band`, region: sql`a.region`,
  owner: sql`a.owner_id::text`, useCase: sql`a.use_case`, touchTier: sql`a.touch_tier`,
};

/** Each account's value of a segment field (custom fields read as text). */
export async function loadSegmentValues(tx: Tx, workspaceId: string, field: SegmentField): Promise<Array<{ id: string; value: string | null }>> {
  const key = customKeyOf(field);
  const column = key === null ? SEGMENT_COLUMNS[field as keyof typeof SEGMENT_COLUMNS] : sql`a.custom_fields ->> ${key}`;
  return queryRows<{ id: string; value: string | null }>(tx, sql`
    select a.id, ${column} as value from accounts a where a.workspace_id = ${workspaceId}`);
}

/** Account names by id, for drill-down lists. */
export async function loadAccountNames(tx: Tx, workspaceId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; name: string }>(tx, sql`
    select a.id, a.name from accounts a where a.workspace_id = ${workspaceId} and a.id = any(${toUuidArray(ids)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Names of the workspace's members, for the owner segment's labels. */
export async function loadMemberNames(tx: Tx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(tx, sql`
    select u.id, u.name from members m join users u on u.id = m.user_id where m.workspace_id = ${workspaceId}`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface WorkspaceCalendar {
  baseCurrency: string;
  fiscalYearStartMonth: number;
  fixedRates: Record<string, number>;
}

export async function loadWorkspaceCalendar(tx: Tx, workspaceId: string): Promise<WorkspaceCalendar> {
  const [row] = await tx.select({ base: workspaces.baseCurrency, fy: workspaces.fiscalYearStartMonth, rates: workspaces.exchangeRates })
    .from(workspaces).where(eq(workspaces.id, workspaceId));
  return { baseCurrency: row?.base ?? 'JPY', fiscalYearStartMonth: row?.fy ?? 4, fixedRates: row?.rates ?? {} };
}

export async function loadMetricSettings(tx: Tx, workspaceId: string): Promise<MetricSettings> {
  const [row] = await tx.select().from(metricSettings).where(eq(metricSettings.workspaceId, workspaceId));
  if (!row) return { ...DEFAULT_METRIC_SETTINGS };
  return {
    churnRecognition: row.churnRecognition as MetricSettings['churnRecognition'], reactivationGapDays: row.reactivationGapDays,
    cac: row.cac, grossMarginPercent: row.grossMarginPercent,
  };
}

export async function saveMetricSettings(tx: Tx, workspaceId: string, settings: MetricSettings, now: Date): Promise<void> {
  const values = { ...settings, updatedAt: now };
  await tx.insert(metricSettings).values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: metricSettings.workspaceId, set: values });
}

export async function listExchangeRates(tx: Tx, workspaceId: string): Promise<ExchangeRateRow[]> {
  return tx.select().from(exchangeRates).where(eq(exchangeRates.workspaceId, workspaceId))
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.validFrom));
}

export async function loadDatedRates(tx: Tx, workspaceId: string): Promise<DatedRate[]> {
  return (await listExchangeRates(tx, workspaceId)).map((r) => ({ currency: r.currency, validFrom: r.validFrom, rate: r.rate }));
}

export async function findExchangeRate(tx: Tx, workspaceId: string, id: string): Promise<ExchangeRateRow | null> {
  const [row] = await tx.select().from(exchangeRates).where(and(eq(exchangeRates.workspaceId, workspaceId), eq(exchangeRates.id, id)));
  return row ?? null;
}

export async function insertExchangeRate(tx: Tx, row: typeof exchangeRates.$inferInsert): Promise<void> {
  await tx.insert(exchangeRates).values(row);
}

export async function updateExchangeRate(tx: Tx, workspaceId: string, id: string, patch: Partial<ExchangeRateRow>): Promise<void> {
  await tx.update(exchangeRates).set(patch).where(and(eq(exchangeRates.workspaceId, workspaceId), eq(exchangeRates.id, id)));
}

export async function deleteExchangeRate(tx: Tx, workspaceId: string, id: string): Promise<ExchangeRateRow | null> {
  const [row] = await tx.delete(exchangeRates).where(and(eq(exchangeRates.workspaceId, workspaceId), eq(exchangeRates.id, id))).returning();
  return row ?? null;
}

export interface TargetFilter {
  interval?: string;
  kpi?: string;
  from: string;
  to: string;
}

export async function listKpiTargets(tx: Tx, workspaceId: string, filter: TargetFilter): Promise<KpiTargetRow[]> {
  const where = [eq(kpiTargets.workspaceId, workspaceId), sql`${kpiTargets.periodStart} between ${filter.from} and ${filter.to}`];
  if (filter.interval) where.push(eq(kpiTargets.interval, filter.interval));
  if (filter.kpi) where.push(eq(kpiTargets.kpi, filter.kpi));
  return tx.select().from(kpiTargets).where(and(...where))
    .orderBy(asc(kpiTargets.periodStart), asc(kpiTargets.kpi), asc(kpiTargets.interval));
}

/** Insert or replace the target of (kpi, interval, period); returns the stored row and whether it existed. */
export async function upsertKpiTarget(tx: Tx, row: typeof kpiTargets.$inferInsert & { updatedAt: Date }) {
  const [before] = await tx.select().from(kpiTargets).where(and(eq(kpiTargets.workspaceId, row.workspaceId),
    eq(kpiTargets.kpi, row.kpi), eq(kpiTargets.interval, row.interval), eq(kpiTargets.periodStart, row.periodStart)));
  const [stored] = await tx.insert(kpiTargets).values(row).onConflictDoUpdate({
    target: [kpiTargets.workspaceId, kpiTargets.kpi, kpiTargets.interval, kpiTargets.periodStart],
    set: { target: row.target, note: row.note ?? null, updatedAt: row.updatedAt },
  }).returning();
  return { before: before ?? null, stored: stored as KpiTargetRow };
}

export async function deleteKpiTarget(tx: Tx, workspaceId: string, id: string): Promise<KpiTargetRow | null> {
  const [row] = await tx.delete(kpiTargets).where(and(eq(kpiTargets.workspaceId, workspaceId), eq(kpiTargets.id, id))).returning();
  return row ?? null;
}
