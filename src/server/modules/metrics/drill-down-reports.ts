/** The accounts and movements behind a number, named (GET /metrics/movements, /metrics/accounts, /metrics/renewals). */
import type { Tx } from '../../db/connect.js';
import { AppError } from '../../errors.js';
import { toDayNumber } from '../../../domain/metrics/day-numbers.js';
import { movementsBetween, payingAccountsAt, renewalsBetween } from '../../../domain/metrics/drill-down.js';
import { MOVEMENT_TYPES, type MovementType } from '../../../domain/metrics/metric-inputs.js';
import { ledgersIn, type MetricContext } from './metric-context.js';
import { loadAccountNames } from './store.js';

export function parseMovementTypes(text: string | undefined): Set<MovementType> | undefined {
  if (!text) return undefined;
  const types = text.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(MOVEMENT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) {
    throw new AppError('request.invalid', { detail: 'Unknown movement type.', fields: [{ path: 'type', message: `unknown: ${unknown.join(', ')}; use ${MOVEMENT_TYPES.join(', ')}` }] });
  }
  return new Set(types as MovementType[]);
}

export async function movementList(tx: Tx, workspaceId: string, ctx: MetricContext, q: { from: string; to: string; types?: Set<MovementType> | undefined; segmentValue?: string | undefined }) {
  const rows = movementsBetween(ledgersIn(ctx, q.segmentValue), toDayNumber(q.from), toDayNumber(q.to) + 1, q.types);
  const names = await loadAccountNames(tx, workspaceId, [...new Set(rows.map((r) => r.accountId))]);
  const totals: Record<string, { movements: number; accounts: number; amount: number }> = {};
  const accountsByType = new Map<string, Set<string>>();
  for (const r of rows) {
    const t = (totals[r.type] ??= { movements: 0, accounts: 0, amount: 0 });
    t.movements += 1;
    t.amount += r.amount;
    const seen = accountsByType.get(r.type) ?? new Set<string>();
    seen.add(r.accountId);
    accountsByType.set(r.type, seen);
    t.accounts = seen.size;
  }
  return {
    currency: ctx.calendar.baseCurrency, from: q.from, to: q.to,
    items: rows.map((r) => ({ ...r, accountName: names.get(r.accountId) ?? '' })),
    totals,
  };
}

export async function payingAccountList(tx: Tx, workspaceId: string, ctx: MetricContext, q: { on: string; segmentValue?: string | undefined }) {
  const rows = payingAccountsAt(ledgersIn(ctx, q.segmentValue), toDayNumber(q.on) + 1);
  const names = await loadAccountNames(tx, workspaceId, rows.map((r) => r.accountId));
  return {
    currency: ctx.calendar.baseCurrency, on: q.on,
    items: rows.map((r) => ({ accountId: r.accountId, accountName: names.get(r.accountId) ?? '', mrr: r.mrr, acv: r.mrr * 12 })),
    total: { accounts: rows.length, mrr: rows.reduce((s, r) => s + r.mrr, 0) },
  };
}

export async function renewalList(tx: Tx, workspaceId: string, ctx: MetricContext, q: { from: string; to: string; segmentValue?: string | undefined }) {
  const rows = renewalsBetween(ledgersIn(ctx, q.segmentValue), toDayNumber(q.from), toDayNumber(q.to) + 1);
  const names = await loadAccountNames(tx, workspaceId, [...new Set(rows.map((r) => r.accountId))]);
  return { currency: ctx.calendar.baseCurrency, from: q.from, to: q.to, items: rows.map((r) => ({ ...r, accountName: names.get(r.accountId) ?? '' })) };
}
