/**
 * The touch-model report: customers (trial, active, paused) and their ARR per tier and per CSM
 * (the account owner), and every touch overdue against its tier's cadence, most overdue first.
 * ARR = MRR × 12 in the base currency's minor units. An account not yet placed counts under a
 * null tier.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { toCsv, moneyCell } from '../metrics/csv.js';
import { listTiers } from './tier-store.js';
import { CADENCE_STATUSES, overdueTouches } from './touch-cadence.js';

interface Tally { accounts: number; arr: number; overdue: number }
const empty = (): Tally => ({ accounts: 0, arr: 0, overdue: 0 });

export async function touchReport(tx: Tx, workspaceId: string, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const tiers = await listTiers(tx, workspaceId);
  const rows = await queryRows<{ id: string; name: string; mrr: number; tier: string | null; owner_id: string | null; owner_name: string | null; currency: string }>(tx, sql`
    select a.id, a.name, a.mrr, nullif(a.touch_tier, '') as tier, a.owner_id::text as owner_id, u.name as owner_name, w.base_currency as currency
    from accounts a join workspaces w on w.id = a.workspace_id left join users u on u.id = a.owner_id
    where a.workspace_id = ${workspaceId}::uuid and a.status in (${sql.join(CADENCE_STATUSES.map((s) => sql`${s}`), sql`, `)})`);
  const [ws] = await queryRows<{ currency: string }>(tx, sql`select base_currency as currency from workspaces where id = ${workspaceId}::uuid`);
  const overdue = await overdueTouches(tx, workspaceId, undefined, today);
  const totals = empty();
  const perTier = new Map<string | null, Tally>(tiers.map((t) => [t.key, empty()]));
  const perOwner = new Map<string | null, Tally & { ownerName: string | null; byTier: Record<string, Tally> }>();
  const overdueList = [];
  for (const r of rows) {
    const arr = Number(r.mrr) * 12;
    const late = overdue.get(r.id);
    const add = (t: Tally) => { t.accounts += 1; t.arr += arr; if (late) t.overdue += 1; };
    add(totals);
    if (!perTier.has(r.tier)) perTier.set(r.tier, empty());
    add(perTier.get(r.tier)!);
    const owner = perOwner.get(r.owner_id) ?? { ...empty(), ownerName: r.owner_name, byTier: {} };
    perOwner.set(r.owner_id, owner);
    add(owner);
    const key = r.tier ?? '';
    owner.byTier[key] ??= empty();
    add(owner.byTier[key]);
    if (late) overdueList.push({ accountId: r.id, name: r.name, ownerId: r.owner_id, ownerName: r.owner_name, tierKey: r.tier ?? '', arr, ...late });
  }
  const tierInfo = new Map(tiers.map((t) => [t.key, t]));
  return {
    today,
    currency: ws?.currency ?? 'JPY',
    totals,
    tiers: [...perTier.entries()].map(([key, tally]) => {
      const t = key === null ? undefined : tierInfo.get(key);
      return {
        key, name: t?.name ?? null, ...tally, meetingEveryDays: t?.meetingEveryDays ?? null,
        reviewEveryDays: t?.reviewEveryDays ?? null, automatedOnly: t?.automatedOnly ?? false,
      };
    }).filter((t) => t.key !== null || t.accounts > 0),
    owners: [...perOwner.entries()].map(([ownerId, o]) => ({ ownerId, ...o }))
      .sort((a, b) => (a.ownerId === null ? 1 : 0) - (b.ownerId === null ? 1 : 0) || b.arr - a.arr),
    overdue: overdueList.sort((a, b) => b.daysOverdue - a.daysOverdue || b.arr - a.arr),
  };
}

export type TouchReport = Awaited<ReturnType<typeof touchReport>>;

export function touchReportCsv(report: TouchReport, table: 'tiers' | 'owners' | 'overdue'): string {
  const money = (v: number) => moneyCell(v, report.currency);
  if (table === 'tiers') {
    return toCsv(['tier_key', 'tier_name', 'accounts', 'arr', 'overdue_touches', 'meeting_every_days', 'review_every_days', 'automated_only', 'currency'],
      report.tiers.map((t) => [t.key, t.name, t.accounts, money(t.arr), t.overdue, t.meetingEveryDays, t.reviewEveryDays, t.automatedOnly, report.currency]));
  }
  if (table === 'owners') {
    const keys = report.tiers.map((t) => t.key ?? '');
    return toCsv(['owner_id', 'owner_name', 'accounts', 'arr', 'overdue_touches', ...keys.map((k) => `accounts_${k || 'none'}`), 'currency'],
      report.owners.map((o) => [o.ownerId, o.ownerName, o.accounts, money(o.arr), o.overdue, ...keys.map((k) => o.byTier[k]?.accounts ?? 0), report.currency]));
  }
  return toCsv(['account_id', 'account_name', 'owner_name', 'tier_key', 'kind', 'last_at', 'due_on', 'days_overdue', 'arr', 'currency'],
    report.overdue.map((o) => [o.accountId, o.name, o.ownerName, o.tierKey, o.kind, o.lastAt, o.dueOn, o.daysOverdue, money(o.arr), report.currency]));
}
