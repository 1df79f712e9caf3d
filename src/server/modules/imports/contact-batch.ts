/**
 * Contacts: plan a batch (account by its external id; contact by its own external id, else
 * by account and email), and upsert — rows that brought an external id on that unique key,
 * the others on the id the plan matched or made.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/connect.js';
import { contactNaturalKey, planContactRow, type ContactLookup, type ContactRecord, type StoredContact } from '../../../domain/imports/plan-contacts.js';
import type { PlannedRow } from '../../../domain/imports/plan-record.js';
import type { ParsedRow } from '../../../domain/imports/row-schema.js';
import { contactSearchColumns } from '../contacts/contact-commands.js';
import { insertImportEvents, upsertRows, type UpsertColumn, type UpsertSpec } from './bulk-store.js';
import {
  changingOnly, distinctValues, outcomeOf, replanLocked, type BatchPlan, type PassEnv, type WriteContext,
} from './batch-plan.js';
import { accountIdsByExternalId, contactsByAccountEmail, findContacts } from './record-store.js';

type Row = PlannedRow<ContactRecord> & { search: ReturnType<typeof contactSearchColumns> };

const COLUMNS: UpsertColumn<Row>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'external_id', type: 'text', value: (r) => r.next.externalId },
  { name: 'account_id', type: 'uuid', value: (r) => r.next.accountId },
  { name: 'name', type: 'text', value: (r) => r.next.name },
  { name: 'name_reading', type: 'text', value: (r) => r.next.nameReading },
  { name: 'email', type: 'text', value: (r) => r.next.email },
  { name: 'phone', type: 'text', value: (r) => r.next.phone },
  { name: 'title', type: 'text', value: (r) => r.next.title },
  { name: 'level', type: 'text', value: (r) => r.next.level },
  { name: 'role', type: 'text', value: (r) => r.next.role },
  { name: 'notes', type: 'text', value: (r) => r.next.notes },
  { name: 'cadence_days', type: 'int', value: (r) => r.next.cadenceDays },
  { name: 'channel', type: 'text', value: (r) => r.next.channel },
  { name: 'custom_fields', type: 'jsonb', value: (r) => r.next.customFields },
  { name: 'search_text', type: 'text', value: (r) => r.search.searchText },
  { name: 'sort_key', type: 'text', value: (r) => r.search.sortKey },
];
const BY_EXTERNAL_ID: UpsertSpec<Row> = { table: 'contacts', conflict: 'external_id', columns: COLUMNS };
const BY_ID: UpsertSpec<Row> = { table: 'contacts', conflict: 'id', columns: COLUMNS };

export async function planContactBatch(tx: Tx, env: PassEnv, rows: readonly ParsedRow[], lock: boolean): Promise<BatchPlan> {
  const ws = env.workspaceId;
  const accountIds = await accountIdsByExternalId(tx, ws, distinctValues(rows, 'accountExternalId'));
  const natural = rows.filter((r) => r.issues.length === 0 && !r.values.externalId && typeof r.values.email === 'string');
  const naturalAccounts = [...new Set(natural.flatMap((r) => accountIds.get(r.values.accountExternalId as string) ?? []))];
  const stored = new Map<string, StoredContact>();
  const remember = (found: StoredContact[]) => { for (const c of found) stored.set(c.id, c); };
  remember(await findContacts(tx, ws, { externalIds: distinctValues(rows, 'externalId') }, false));
  remember(await contactsByAccountEmail(tx, ws, naturalAccounts, [...new Set(natural.map((r) => r.values.email as string))]));
  let lookup = lookupOf(accountIds, stored);
  const plan = (row: ParsedRow) => planContactRow(env.schema, row, lookup);
  let plans = rows.map(plan);
  if (lock) {
    plans = await replanLocked(plans, rows, async (ids) => {
      remember(await findContacts(tx, ws, { ids }, true));
      lookup = lookupOf(accountIds, stored);
    }, plan);
  }
  const withOwnId = new Set(rows.filter((r) => typeof r.values.externalId === 'string').map((r) => r.row));
  return { plans, write: (ctx) => writeContacts(tx, env, changingOnly(plans), withOwnId, ctx) };
}

function lookupOf(accountIds: Map<string, string>, stored: ReadonlyMap<string, StoredContact>): ContactLookup {
  const byExternalId = new Map<string, StoredContact>();
  const byAccountEmail = new Map<string, StoredContact[]>();
  for (const c of stored.values()) {
    if (c.externalId) byExternalId.set(c.externalId, c);
    if (!c.email) continue;
    const key = contactNaturalKey(c.accountId, c.email);
    byAccountEmail.set(key, [...(byAccountEmail.get(key) ?? []), c]);
  }
  return { accountIds, byExternalId, byAccountEmail, newId: randomUUID };
}

async function writeContacts(tx: Tx, env: PassEnv, plans: PlannedRow<ContactRecord>[], withOwnId: ReadonlySet<number>, ctx: WriteContext) {
  const rows: Row[] = plans.map((p) => ({ ...p, search: contactSearchColumns(p.next) }));
  const written = [
    ...await upsertRows(tx, env.workspaceId, BY_EXTERNAL_ID, rows.filter((r) => withOwnId.has(r.row)), ctx.now),
    ...await upsertRows(tx, env.workspaceId, BY_ID, rows.filter((r) => !withOwnId.has(r.row)), ctx.now),
  ];
  const { outcome, events } = outcomeOf(written, plans, (plan, id) => ({ accountId: plan.next.accountId, contactId: id }));
  await insertImportEvents(tx, env.workspaceId, ctx.jobId, ctx.authorId, events, ctx.now);
  return outcome;
}
