/** SQL for accounts. Every function takes the workspace id first; nothing here decides rules. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { accounts, customFieldDefs, healthScores, members, users, workspaces } from '../../db/schema/index.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { foldForSearch } from '../../../domain/text/normalize.js';
import type { CustomFieldDef } from '../../../domain/accounts/custom-fields.js';
import type { Account, AccountSort, ListAccountsQuery } from './schema.js';

export type AccountRow = typeof accounts.$inferSelect;

type LoadedAccount = { row: AccountRow; ownerName: string | null; healthScore: number | null; healthBand: string | null };

/** Accounts never scored sort below every score (−1). */
/**
 * Accounts without a score (prospects, churned, not yet scored) come last either way: sorted by
 * health, a CSM wants the lowest (or highest) real scores first. Scores run 0–100.
 */
const HEALTH_ASC_SQL = sql`coalesce(h.score, 101)`;
const HEALTH_DESC_SQL = sql`coalesce(h.score, -1)`;

const SORT_SQL: Record<AccountSort, { expr: SQL; dir: 'asc' | 'desc'; value: (r: AccountRow, e: LoadedAccount) => string | number }> = {
  name: { expr: sql`a.sort_key collate "C"`, dir: 'asc', value: (r) => r.sortKey },
  '-name': { expr: sql`a.sort_key collate "C"`, dir: 'desc', value: (r) => r.sortKey },
  mrr: { expr: sql`a.mrr`, dir: 'asc', value: (r) => r.mrr },
  '-mrr': { expr: sql`a.mrr`, dir: 'desc', value: (r) => r.mrr },
  renewal: { expr: sql`coalesce(a.renewal_date, '9999-12-31'::date)`, dir: 'asc', value: (r) => r.renewalDate ?? '9999-12-31' },
  // Accounts without a renewal date come last either way (each direction has its index).
  '-renewal': { expr: sql`coalesce(a.renewal_date, '0001-01-01'::date)`, dir: 'desc', value: (r) => r.renewalDate ?? '0001-01-01' },
  '-created': { expr: sql`a.created_at`, dir: 'desc', value: (r) => r.createdAt.toISOString() },
  health: { expr: HEALTH_ASC_SQL, dir: 'asc', value: (_, e) => e.healthScore ?? 101 },
  '-health': { expr: HEALTH_DESC_SQL, dir: 'desc', value: (_, e) => e.healthScore ?? -1 },
};

const CURSOR_CAST: Record<AccountSort, (v: unknown) => SQL> = {
  name: (v) => sql`${v}::text collate "C"`,
  '-name': (v) => sql`${v}::text collate "C"`,
  mrr: (v) => sql`${v}::bigint`,
  '-mrr': (v) => sql`${v}::bigint`,
  renewal: (v) => sql`${v}::date`,
  '-renewal': (v) => sql`${v}::date`,
  '-created': (v) => sql`${v}::timestamptz`,
  health: (v) => sql`${v}::numeric`,
  '-health': (v) => sql`${v}::numeric`,
};

interface ListedRow extends Record<string, unknown> {
  id: string;
  owner_name: string | null;
}

/** One page of accounts: filters, search and sort all use the (workspace, sort, id) indexes. */
export async function listAccounts(tx: Tx, workspaceId: string, query: ListAccountsQuery) {
  const sort = SORT_SQL[query.sort];
  const where: SQL[] = [sql`a.workspace_id = ${workspaceId}`];
  if (query.q) where.push(sql`a.search_text like ${'%' + escapeLike(foldForSearch(query.q)) + '%'}`);
  if (query.owner === 'none') where.push(sql`a.owner_id is null`);
  else if (query.owner) where.push(sql`a.owner_id = ${query.owner}`);
  if (query.plan) where.push(sql`a.plan = ${query.plan}`);
  if (query.industry) where.push(sql`a.industry = ${query.industry}`);
  if (query.sizeBand) where.push(sql`a.size_band = ${query.sizeBand}`);
  if (query.status) where.push(sql`a.status = ${query.status}`);
  if (query.health === 'none') where.push(sql`h.band is null`);
  else if (query.health) where.push(sql`h.band = ${query.health}`);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    const op = sort.dir === 'asc' ? sql`>` : sql`<`;
    where.push(sql`(${sort.expr}, a.id) ${op} (${CURSOR_CAST[query.sort](cursor.value)}, ${cursor.id}::uuid)`);
  }
  const dir = sort.dir === 'asc' ? sql`asc` : sql`desc`;
  const rows = await queryRows<ListedRow>(tx, sql`
    select a.id, u.name as owner_name
    from accounts a left join users u on u.id = a.owner_id
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    where ${sql.join(where, sql` and `)}
    order by ${sort.expr} ${dir}, a.id ${dir}
    limit ${query.limit + 1}`);
  const page = rows.slice(0, query.limit);
  const full = await loadAccounts(tx, workspaceId, page.map((r) => r.id));
  const last = full[full.length - 1];
  return {
    rows: full,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: sort.value(last.row, last), id: last.row.id }) : null,
  };
}

/** Accounts by id, in the order given, with their owner's name. */
export async function loadAccounts(tx: Tx, workspaceId: string, ids: string[]): Promise<LoadedAccount[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ row: accounts, ownerName: users.name, healthScore: healthScores.score, healthBand: healthScores.band })
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .leftJoin(healthScores, and(eq(healthScores.workspaceId, accounts.workspaceId), eq(healthScores.accountId, accounts.id)))
    .where(and(eq(accounts.workspaceId, workspaceId), inArray(accounts.id, ids)));
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findAccount(tx: Tx, workspaceId: string, id: string) {
  const [row] = await loadAccounts(tx, workspaceId, [id]);
  return row ?? null;
}

export async function findAccountIdByExternalId(tx: Tx, workspaceId: string, externalId: string) {
  const [row] = await tx.select({ id: accounts.id }).from(accounts)
    .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.externalId, externalId))).limit(1);
  return row?.id ?? null;
}

export async function baseCurrencyOf(tx: Tx, workspaceId: string): Promise<string> {
  const [row] = await tx.select({ c: workspaces.baseCurrency }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row?.c ?? 'JPY';
}

export async function loadCustomFieldDefs(tx: Tx, workspaceId: string, entity: 'account' | 'contact'): Promise<CustomFieldDef[]> {
  const rows = await tx.select({ key: customFieldDefs.key, type: customFieldDefs.type, options: customFieldDefs.options })
    .from(customFieldDefs)
    .where(and(eq(customFieldDefs.workspaceId, workspaceId), eq(customFieldDefs.entity, entity)));
  return rows.map((r) => ({ key: r.key, type: r.type as CustomFieldDef['type'], options: r.options ?? null }));
}

export async function isMember(tx: Tx, workspaceId: string, userId: string): Promise<boolean> {
  const [row] = await tx.select({ u: members.userId }).from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId))).limit(1);
  return Boolean(row);
}

export async function distinctAccountValues(tx: Tx, workspaceId: string) {
  const rows = await queryRows<{ kind: string; value: string }>(tx, sql`
    select 'plan' as kind, plan as value from accounts where workspace_id = ${workspaceId} and plan is not null group by plan
    union all
    select 'industry', industry from accounts where workspace_id = ${workspaceId} and industry is not null group by industry
    union all
    select 'region', region from accounts where workspace_id = ${workspaceId} and region is not null group by region`);
  const pick = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value).sort();
  return { plans: pick('plan'), industries: pick('industry'), regions: pick('region') };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function presentAccount(entry: LoadedAccount, currency: string): Account {
  const r = entry.row;
  return {
    id: r.id, name: r.name, nameReading: r.nameReading, externalId: r.externalId, billingId: r.billingId,
    productId: r.productId, industry: r.industry, sizeBand: r.sizeBand, useCase: r.useCase, plan: r.plan,
    region: r.region, ownerId: r.ownerId, ownerName: entry.ownerName, touchTier: r.touchTier, phase: r.phase,
    status: r.status as Account['status'], mrr: r.mrr, currency, renewalDate: r.renewalDate,
    customFields: r.customFields, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
    health: entry.healthBand === null && entry.healthScore === null ? null
      : { score: entry.healthScore === null ? null : Number(entry.healthScore), band: entry.healthBand as NonNullable<Account['health']>['band'] },
  };
}
