/**
 * Creating, changing and deleting contacts: validation against the workspace (the account is
 * this workspace's, custom fields are defined), the write, a system entry on the account's
 * timeline and an audit row, all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import { uniqueViolation } from '../../db/unique-violation.js';
import { coerceCustomFields } from '../../../domain/accounts/custom-fields.js';
import { searchTextOf, sortKeyOf } from '../../../domain/text/normalize.js';
import type { Principal } from '../../auth/principal.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { findAccount, loadCustomFieldDefs } from '../accounts/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import type { CreateContactInput, UpdateContactInput } from './schema.js';
import {
  deleteContactRow, findContactRowForUpdate, insertContact, updateContactRow, type ContactRow,
} from './store.js';

const TEXT_FIELDS = ['nameReading', 'email', 'phone', 'title', 'notes', 'externalId'] as const;

/** Derived columns kept in step with the fields they come from. */
export function contactSearchColumns(c: Pick<ContactRow, 'name' | 'nameReading' | 'email' | 'title'>) {
  return {
    searchText: searchTextOf([c.name, c.nameReading, c.email, c.title]),
    sortKey: sortKeyOf(c.name, c.nameReading),
  };
}

/** The input with blank optional text as null (a cleared form field), custom fields left out. */
function normalised(input: UpdateContactInput): Partial<ContactRow> {
  const { customFields: _customFields, accountId: _accountId, ...fields } = input;
  const out: Record<string, unknown> = { ...fields };
  for (const key of TEXT_FIELDS) if (out[key] === '') out[key] = null;
  if (typeof out.email === 'string') out.email = out.email.toLowerCase();
  return out as Partial<ContactRow>;
}

async function validateCustomFields(
  tx: Tx, workspaceId: string, input: UpdateContactInput, current: Record<string, unknown>, issues: FieldIssue[],
): Promise<Record<string, unknown> | undefined> {
  if (!input.customFields) return undefined;
  const defs = await loadCustomFieldDefs(tx, workspaceId, 'contact');
  const result = coerceCustomFields(defs, input.customFields);
  issues.push(...result.issues.map((i) => ({ path: `customFields.${i.key}`, message: i.message })));
  return Object.fromEntries(Object.entries({ ...current, ...result.values }).filter(([, v]) => v !== null));
}

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });
}

async function writeOrExplain<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) === 'contacts_external_id_key') {
      throw new AppError('contact.external_id_taken', {
        detail: 'Another contact already has this externalId.',
        fields: [{ path: 'externalId', message: 'is already used by another contact' }],
      });
    }
    throw error;
  }
}

export async function createContact(db: Db, principal: Principal, input: CreateContactInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const issues: FieldIssue[] = [];
    // Another workspace's account reads as no account at all: its existence is not leaked.
    if (!(await findAccount(tx, ws, input.accountId))) issues.push({ path: 'accountId', message: 'no such account' });
    const customFields = (await validateCustomFields(tx, ws, input, {}, issues)) ?? {};
    throwIfIssues(issues);
    const id = randomUUID();
    const fields = { ...emptyContact(), ...normalised(input), name: input.name };
    await insertContact(tx, {
      ...fields, workspaceId: ws, id, accountId: input.accountId, customFields,
      ...contactSearchColumns(fields), createdAt: now, updatedAt: now,
    });
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: input.accountId, contactId: id, event: 'contact.created', data: { name: input.name, level: fields.level, role: fields.role } },
    ], now);
    await recordAudit(tx, principal, { action: 'create', entity: 'contact', entityId: id, changes: { name: input.name, accountId: input.accountId } }, now);
    return id;
  }));
}

export async function updateContact(db: Db, principal: Principal, id: string, input: UpdateContactInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return writeOrExplain(() => db.transaction(async (tx) => {
    const current = await findContactRowForUpdate(tx, ws, id);
    if (!current) throw notFound('contact.not_found', id);
    const issues: FieldIssue[] = [];
    if (input.accountId !== undefined && input.accountId !== current.accountId) {
      issues.push({ path: 'accountId', message: 'a contact cannot move to another account; add the person there instead' });
    }
    const customFields = await validateCustomFields(tx, ws, input, current.customFields, issues);
    throwIfIssues(issues);
    const patch = { ...normalised(input), ...(customFields ? { customFields } : {}) };
    const changes = diffRecords(current as unknown as Record<string, unknown>, patch);
    if (Object.keys(changes).length === 0) return id;
    await updateContactRow(tx, ws, id, { ...patch, ...contactSearchColumns({ ...current, ...patch }), updatedAt: now });
    const name = patch.name ?? current.name;
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: current.accountId, contactId: id, event: 'contact.updated', data: { name, changes } },
    ], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'contact', entityId: id, changes }, now);
    return id;
  }));
}

export async function deleteContact(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const deleted = await deleteContactRow(tx, ws, id);
    if (!deleted) throw notFound('contact.not_found', id);
    // The entry keeps the name: the contact it would point at is gone.
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId: deleted.accountId, event: 'contact.deleted', data: { name: deleted.name } },
    ], now);
    await recordAudit(tx, principal, { action: 'delete', entity: 'contact', entityId: id, changes: { name: deleted.name } }, now);
  });
}

function emptyContact() {
  return {
    externalId: null, nameReading: null, email: null, phone: null, title: null, level: null, role: null,
    notes: null, cadenceDays: null, channel: null,
  } satisfies Partial<ContactRow>;
}
