/** Accounts: plan a batch against the stored accounts, and upsert it by external id. */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { planAccountRow, type AccountLookup, type AccountRecord, type StoredAccount } from '../../../domain/imports/plan-accounts.js';
import type { PlannedRow } from '../../../domain/imports/plan-record.js';
import type { ParsedRow } from '../../../domain/imports/row-schema.js';
import { accountSearchColumns } from '../accounts/account-commands.js';
import { insertImportEvents, upsertRows, type UpsertSpec } from './bulk-store.js';
import {
  changingOnly, distinctValues, outcomeOf, replanLocked, type BatchPlan, type PassEnv, type WriteContext,
} from './batch-plan.js';
import { findAccounts, idHolders } from './record-store.js';

type Row = PlannedRow<AccountRecord> & { search: ReturnType<typeof accountSearchColumns> };

const ACCOUNT_UPSERT: UpsertSpec<Row> = {
  table: 'accounts',
  conflict: 'external_id',
  columns: [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'external_id', type: 'text', value: (r) => r.next.externalId },
    { name: 'name', type: 'text', value: (r) => r.next.name },
    { name: 'name_reading', type: 'text', value: (r) => r.next.nameReading },
    { name: 'billing_id', type: 'text', value: (r) => r.next.billingId },
    { name: 'product_id', type: 'text', value: (r) => r.next.productId },
    { name: 'industry', type: 'text', value: (r) => r.next.industry },
    { name: 'size_band', type: 'text', value: (r) => r.next.sizeBand },
    { name: 'use_case', type: 'text', value: (r) => r.next.useCase },
    { name: 'plan', type: 'text', value: (r) => r.next.plan },
    { name: 'region', type: 'text', value: (r) => r.next.region },
    { name: 'owner_id', type: 'uuid', value: (r) => r.next.ownerId },
    { name: 'custom_fields', type: 'jsonb', value: (r) => r.next.customFields },
    { name: 'search_text', type: 'text', value: (r) => r.search.searchText },
    { name: 'sort_key', type: 'text', value: (r) => r.search.sortKey },
  ],
};

export async function planAccountBatch(tx: Tx, env: PassEnv, rows: readonly ParsedRow[], lock: boolean): Promise<BatchPlan> {
  const ws = env.workspaceId;
  const existing = new Map<string, StoredAccount>();
  const remember = (found: StoredAccount[]) => { for (const a of found) existing.set(a.externalId, a); };
  remember(await findAccounts(tx, ws, { externalIds: distinctValues(rows, 'externalId') }, false));
  const holders = await idHolders(tx, ws, distinctValues(rows, 'billingId'), distinctValues(rows, 'productId'));
  const lookup: AccountLookup = { existing, billingIdHolders: holders.billing, productIdHolders: holders.product, newId: randomUUID };
  const plan = (row: ParsedRow) => planAccountRow(env.schema, row, lookup);
  let plans = rows.map(plan);
  if (lock) plans = await replanLocked(plans, rows, async (ids) => remember(await findAccounts(tx, ws, { ids }, true)), plan);
  return { plans, write: (ctx) => writeAccounts(tx, env, changingOnly(plans), ctx) };
}

async function writeAccounts(tx: Tx, env: PassEnv, plans: PlannedRow<AccountRecord>[], ctx: WriteContext) {
  const rows: Row[] = plans.map((p) => ({ ...p, search: accountSearchColumns(p.next) }));
  const written = await upsertRows(tx, env.workspaceId, ACCOUNT_UPSERT, rows, ctx.now);
  const { outcome, events } = outcomeOf(written, plans, (_plan, id) => ({ accountId: id }));
  await insertImportEvents(tx, env.workspaceId, ctx.jobId, ctx.authorId, events, ctx.now);
  return outcome;
}
