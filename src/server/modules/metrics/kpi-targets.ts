/**
 * KPI targets per period (SPEC §3.12): setting one (an upsert by KPI, interval and period,
 * audited), removing one, and listing them beside the actual figure of their period.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { computePeriodReport } from '../../../domain/metrics/compute-report.js';
import { compareToTarget, KPIS, type KpiKey } from '../../../domain/metrics/kpis.js';
import { buildPeriods, wholePeriodStarting, type Period } from '../../../domain/metrics/periods.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import type { MetricContext } from './metric-context.js';
import type { PutKpiTargetInput } from './schema.js';
import { deleteKpiTarget, listKpiTargets, loadWorkspaceCalendar, upsertKpiTarget, type KpiTargetRow, type TargetFilter } from './store.js';
import { journeyKpiActuals } from '../phases/kpi-actuals.js';

type TargetInterval = 'month' | 'quarter' | 'fiscal_year';

export async function putKpiTarget(db: Db, principal: Principal, input: PutKpiTargetInput, now: Date): Promise<KpiTargetRow> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const { fiscalYearStartMonth } = await loadWorkspaceCalendar(tx, ws);
    if (!wholePeriodStarting(input.periodStart, input.interval, fiscalYearStartMonth)) {
      throw new AppError('request.invalid', {
        detail: 'The period does not start on that day.',
        fields: [{ path: 'periodStart', message: `not the first day of a ${input.interval.replace('_', ' ')} (fiscal year starts in month ${fiscalYearStartMonth})` }],
      });
    }
    const { before, stored } = await upsertKpiTarget(tx, {
      workspaceId: ws, id: randomUUID(), kpi: input.kpi, interval: input.interval, periodStart: input.periodStart,
      target: input.target, note: input.note ?? null, createdBy: principal.userId, createdAt: now, updatedAt: now,
    });
    const changes = before
      ? diffRecords(before as unknown as Record<string, unknown>, { target: input.target, note: input.note ?? null })
      : { target: input.target, note: input.note ?? null };
    if (Object.keys(changes).length > 0) {
      const what = { kpi: input.kpi, interval: input.interval, periodStart: input.periodStart, ...changes };
      await recordAudit(tx, principal, { action: before ? 'update' : 'create', entity: 'kpi_target', entityId: stored.id, changes: what }, now);
    }
    return stored;
  });
}

export async function removeKpiTarget(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await deleteKpiTarget(tx, principal.workspaceId, id);
    if (!deleted) throw notFound('kpi_target.not_found', id);
    await recordAudit(tx, principal, { action: 'delete', entity: 'kpi_target', entityId: id, changes: { kpi: deleted.kpi, periodStart: deleted.periodStart } }, now);
  });
}

export async function listTargetsWithActuals(tx: Tx, workspaceId: string, ctx: MetricContext, filter: TargetFilter, today: string) {
  const rows = await listKpiTargets(tx, workspaceId, filter);
  return presentTargetsWithExternal(tx, workspaceId, ctx, rows, today);
}

/** presentTargets with the actuals of KPIs from outside the ledgers (onboarding completion: modules/phases). */
export async function presentTargetsWithExternal(tx: Tx, workspaceId: string, ctx: MetricContext, rows: readonly KpiTargetRow[], today: string) {
  const external = await journeyKpiActuals(tx, workspaceId, rows, ctx.calendar.fiscalYearStartMonth, today, new Date(Date.parse(`${today}T00:00:00Z`) + 86_399_999));
  return presentTargets(ctx, rows, today, external);
}

/**
 * Targets beside the actual of their own period, computed in one pass over the ledgers. A
 * period under way is measured to date (`complete` false); one not started has no actual.
 */
export function presentTargets(ctx: MetricContext, rows: readonly KpiTargetRow[], today: string, external?: ReadonlyMap<string, number | null>) {
  const whole = new Map<string, Period>();
  const measured = new Map<string, Period>();
  for (const r of rows) {
    const key = `${r.interval}:${r.periodStart}`;
    const p = whole.get(key) ?? wholePeriodStarting(r.periodStart, r.interval as TargetInterval, ctx.calendar.fiscalYearStartMonth);
    if (!p) continue;
    whole.set(key, p);
    if (p.start > today) continue;
    const [toDate] = p.end > today ? buildPeriods({ from: p.start, to: today, interval: 'range', fiscalYearStartMonth: 1 }) : [p];
    if (toDate) measured.set(key, toDate);
  }
  const keys = [...measured.keys()];
  const report = computePeriodReport(ctx.ledgers, [...measured.values()], ctx.settings);
  return rows.map((r) => {
    const key = `${r.interval}:${r.periodStart}`;
    const i = keys.indexOf(key);
    const kpi = r.kpi as KpiKey;
    const def = KPIS[kpi];
    const metrics = i >= 0 ? report.metrics[i] : undefined;
    const period = whole.get(key);
    return {
      id: r.id, kpi: r.kpi, unit: def.unit, better: def.better, interval: r.interval as TargetInterval,
      periodStart: r.periodStart, periodEnd: period?.end ?? r.periodStart, complete: period !== undefined && period.end <= today,
      target: r.target, note: r.note,
      ...compareToTarget(kpi, r.target, 'external' in def ? external?.get(r.id) ?? null : metrics ? def.read(metrics) : null),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}
