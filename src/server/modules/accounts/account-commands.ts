/**
 * Creating, changing and deleting accounts: validation against the workspace (owner is a
 * member, custom fields are defined), the write, its timeline entry and its audit row,
 * all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { accounts, usageEventDays, usageEvents, usageUserDays } from '../../db/schema/index.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import { coerceCustomFields } from '../../../domain/accounts/custom-fields.js';
import { searchTextOf, sortKeyOf } from '../../../domain/text/normalize.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { findAccount, isMember, loadCustomFieldDefs, type AccountRow } from './store.js';
import type { CreateAccountInput, UpdateAccountInput } from './schema.js';

const UNIQUE_FIELDS: Record<string, string> = {
  accounts_external_id_key: 'externalId',
  accounts_billing_id_key: 'billingId',
  accounts_product_id_key: 'productId',
};

/** Derived columns kept in step with the fields they come from. */
export function accountSearchColumns(a: Pick<AccountRow, 'name' | 'nameReading' | 'externalId' | 'billingId' | 'productId'>) {
  return {
    searchText: searchTextOf([a.name, a.nameReading, a.externalId, a.billingId, a.productId]),
    sortKey: sortKeyOf(a.name, a.nameReading),
  };
}

async function validateReferences(
  tx: Tx, workspaceId: string, input: UpdateAccountInput, current: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> {
  const issues: FieldIssue[] = [];
  if (input.ownerId && !(await isMember(tx, workspaceId, input.ownerId))) {
    issues.push({ path: 'ownerId', message: 'is not a member of this workspace' });
  }
  let customFields: Record<string, unknown> | undefined;
  if (input.customFields) {
    const defs = await loadCustomFieldDefs(tx, workspaceId, 'account');
    const result = coerceCustomFields(defs, input.customFields);
    issues.push(...result.issues.map((i) => ({ path: `customFields.${i.key}`, message: i.message })));
    customFields = Object.fromEntries(
      Object.entries({ ...current, ...result.values }).filter(([, v]) => v !== null),
    );
  }
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });
  return customFields;
}

async function writeOrExplain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    const field = constraint ? UNIQUE_FIELDS[constraint] : undefined;
    if (field) {
      throw new AppError('account.external_id_taken', {
        detail: `Another account already has this ${field}.`,
        fields: [{ path: field, message: 'is already used by another account' }],
      });
    }
    throw error;
  }
}

export async function createAccount(db: Db, principal: Principal, input: CreateAccountInput, now: Date) {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const customFields = (await validateReferences(tx, ws, input, {})) ?? {};
    const id = randomUUID();
    const values = {
      workspaceId: ws, id, name: input.name, nameReading: input.nameReading ?? null,
      externalId: input.externalId ?? null, billingId: input.billingId ?? null, productId: input.productId ?? null,
      industry: input.industry ?? null, sizeBand: input.sizeBand ?? null, useCase: input.useCase ?? null,
      plan: input.plan ?? null, region: input.region ?? null, ownerId: input.ownerId ?? null, customFields,
      createdAt: now, updatedAt: now,
    };
    await tx.insert(accounts).values({ ...values, ...accountSearchColumns(values) });
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: id, event: 'account.created' }], now);
    await recordAudit(tx, principal, { action: 'create', entity: 'account', entityId: id, changes: { name: input.name } }, now);
    return id;
  }));
}

export async function updateAccount(db: Db, principal: Principal, id: string, input: UpdateAccountInput, now: Date) {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const current = await findAccount(tx, ws, id);
    if (!current) throw notFound('account.not_found', id);
    const customFields = await validateReferences(tx, ws, input, current.row.customFields);
    const patch = { ...input, ...(customFields ? { customFields } : {}) };
    const changes = diffRecords(current.row as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return id;
    const merged = { ...current.row, ...patch };
    await tx.update(accounts)
      .set({ ...patch, ...accountSearchColumns(merged), updatedAt: now })
      .where(and(eq(accounts.workspaceId, ws), eq(accounts.id, id)));
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: id, event: 'account.updated', data: { changes } }], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'account', entityId: id, changes }, now);
    return id;
  }));
}

export async function deleteAccount(db: Db, principal: Principal, id: string, now: Date) {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(accounts).where(and(eq(accounts.workspaceId, ws), eq(accounts.id, id)))
      .returning({ name: accounts.name });
    if (deleted.length === 0) throw notFound('account.not_found', id);
    // Rollups have no foreign key (schema/usage.ts); the raw events go back to waiting as unmatched.
    await tx.delete(usageUserDays).where(and(eq(usageUserDays.workspaceId, ws), eq(usageUserDays.accountId, id)));
    await tx.delete(usageEventDays).where(and(eq(usageEventDays.workspaceId, ws), eq(usageEventDays.accountId, id)));
    await tx.update(usageEvents).set({ accountId: null }).where(and(eq(usageEvents.workspaceId, ws), eq(usageEvents.accountId, id)));
    await recordAudit(tx, principal, { action: 'delete', entity: 'account', entityId: id, changes: { name: deleted[0]?.name } }, now);
  });
}
