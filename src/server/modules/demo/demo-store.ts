/** SQL for the demo loader: set-based inserts of the generated rows, and finding or removing an earlier demo. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { members, users, workspaces } from '../../db/schema/index.js';
import type {
  AccountTruth, DemoAccount, DemoActivity, DemoContact, DemoEventDay, DemoMember, DemoProductUser, DemoSentiment,
  DemoSubscription, DemoSubscriptionEvent, DemoUsageEvent, DemoUserDay,
} from '../../../domain/demo/demo-types.js';
import { accountSearchColumns } from '../accounts/account-commands.js';
import { contactSearchColumns } from '../contacts/contact-commands.js';
import { insertWithUnnest, toArrayLiteral, type UnnestColumn } from './unnest-insert.js';

/** Workspaces where this address is an admin: an earlier demo of the same seed. */
export async function findWorkspacesAdministeredBy(tx: Tx, email: string): Promise<string[]> {
  const rows = await tx.select({ id: members.workspaceId }).from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(users.email, email), eq(members.role, 'admin')));
  return rows.map((r) => r.id);
}

/** Delete workspaces (their data goes with them by cascade) and the demo users left without any workspace. */
export async function deleteDemoWorkspaces(tx: Tx, workspaceIds: readonly string[], emails: readonly string[]): Promise<void> {
  if (workspaceIds.length > 0) await tx.delete(workspaces).where(inArray(workspaces.id, [...workspaceIds]));
  await tx.execute(sql`
    delete from users u
    where u.email = any(${toArrayLiteral(emails)}::text[])
      and not exists (select 1 from members m where m.user_id = u.id)`);
}

export async function insertDemoUsers(tx: Tx, people: readonly DemoMember[], passwordHash: string, at: Date): Promise<void> {
  const columns: UnnestColumn<DemoMember>[] = [
    { name: 'id', type: 'uuid', value: (m) => m.id },
    { name: 'email', type: 'text', value: (m) => m.email },
    { name: 'name', type: 'text', value: (m) => m.name },
    { name: 'password_hash', type: 'text', value: () => passwordHash },
    { name: 'created_at', type: 'timestamptz', value: () => at.toISOString() },
  ];
  await insertWithUnnest(tx, 'users', null, columns, people);
}

export async function insertDemoMemberships(tx: Tx, workspaceId: string, people: readonly DemoMember[], at: Date): Promise<void> {
  await insertWithUnnest(tx, 'members', workspaceId, [
    { name: 'user_id', type: 'uuid', value: (m: DemoMember) => m.id },
    { name: 'role', type: 'text', value: (m: DemoMember) => m.role },
    { name: 'created_at', type: 'timestamptz', value: () => at.toISOString() },
  ], people);
}

export async function insertDemoAccounts(tx: Tx, workspaceId: string, rows: readonly DemoAccount[]): Promise<void> {
  await insertWithUnnest(tx, 'accounts', workspaceId, [
    { name: 'id', type: 'uuid', value: (a) => a.id },
    { name: 'name', type: 'text', value: (a) => a.name },
    { name: 'name_reading', type: 'text', value: (a) => a.nameReading },
    { name: 'external_id', type: 'text', value: (a) => a.externalId },
    { name: 'billing_id', type: 'text', value: (a) => a.billingId },
    { name: 'product_id', type: 'text', value: (a) => a.productId },
    { name: 'industry', type: 'text', value: (a) => a.industry },
    { name: 'size_band', type: 'text', value: (a) => a.sizeBand },
    { name: 'use_case', type: 'text', value: (a) => a.useCase },
    { name: 'plan', type: 'text', value: (a) => a.plan },
    { name: 'region', type: 'text', value: (a) => a.region },
    { name: 'owner_id', type: 'uuid', value: (a) => a.ownerId },
    { name: 'search_text', type: 'text', value: (a) => accountSearchColumns(a).searchText },
    { name: 'sort_key', type: 'text', value: (a) => accountSearchColumns(a).sortKey },
    { name: 'created_at', type: 'timestamptz', value: (a) => a.createdAt },
    { name: 'updated_at', type: 'timestamptz', value: (a) => a.createdAt },
  ], rows);
}

export async function insertDemoTruth(tx: Tx, workspaceId: string, rows: readonly AccountTruth[]): Promise<void> {
  await insertWithUnnest(tx, 'demo_truth', workspaceId, [
    { name: 'account_id', type: 'uuid', value: (t) => t.accountId },
    { name: 'true_health', type: 'numeric', value: (t) => t.trueHealth },
  ], rows);
}

export async function insertDemoContacts(tx: Tx, workspaceId: string, rows: readonly DemoContact[]): Promise<void> {
  await insertWithUnnest(tx, 'contacts', workspaceId, [
    { name: 'id', type: 'uuid', value: (c) => c.id },
    { name: 'account_id', type: 'uuid', value: (c) => c.accountId },
    { name: 'name', type: 'text', value: (c) => c.name },
    { name: 'name_reading', type: 'text', value: (c) => c.nameReading },
    { name: 'email', type: 'text', value: (c) => c.email },
    { name: 'phone', type: 'text', value: (c) => c.phone },
    { name: 'title', type: 'text', value: (c) => c.title },
    { name: 'level', type: 'text', value: (c) => c.level },
    { name: 'role', type: 'text', value: (c) => c.role },
    { name: 'notes', type: 'text', value: (c) => c.notes },
    { name: 'cadence_days', type: 'integer', value: (c) => c.cadenceDays },
    { name: 'channel', type: 'text', value: (c) => c.channel },
    { name: 'search_text', type: 'text', value: (c) => contactSearchColumns(c).searchText },
    { name: 'sort_key', type: 'text', value: (c) => contactSearchColumns(c).sortKey },
    { name: 'created_at', type: 'timestamptz', value: (c) => c.createdAt },
    { name: 'updated_at', type: 'timestamptz', value: (c) => c.createdAt },
  ], rows);
}

const lineColumns = <T extends DemoSubscription | DemoSubscriptionEvent>(): UnnestColumn<T>[] => [
  { name: 'id', type: 'uuid', value: (s) => s.id },
  { name: 'account_id', type: 'uuid', value: (s) => s.accountId },
  { name: 'plan', type: 'text', value: (s) => s.plan },
  { name: 'quantity', type: 'integer', value: (s) => s.quantity },
  { name: 'unit_price', type: 'bigint', value: (s) => s.unitPrice },
  { name: 'currency', type: 'text', value: (s) => s.currency },
  { name: 'billing_interval', type: 'text', value: (s) => s.billingInterval },
  { name: 'interval_count', type: 'integer', value: (s) => s.intervalCount },
  { name: 'discount_percent', type: 'numeric', value: (s) => s.discountPercent },
  { name: 'status', type: 'text', value: (s) => s.status },
  { name: 'ends_on', type: 'date', value: (s) => s.endsOn },
  { name: 'mrr', type: 'bigint', value: (s) => s.mrr },
];

export async function insertDemoSubscriptions(tx: Tx, workspaceId: string, rows: readonly DemoSubscription[]): Promise<void> {
  await insertWithUnnest(tx, 'subscriptions', workspaceId, [
    ...lineColumns<DemoSubscription>(),
    { name: 'external_id', type: 'text', value: (s) => s.externalId },
    { name: 'product', type: 'text', value: (s) => s.product },
    { name: 'started_on', type: 'date', value: (s) => s.startedOn },
    { name: 'cancelled_on', type: 'date', value: (s) => s.cancelledOn },
    { name: 'created_at', type: 'timestamptz', value: (s) => `${s.startedOn}T09:00:00+09:00` },
    { name: 'updated_at', type: 'timestamptz', value: (s) => `${s.updatedOn}T09:00:00+09:00` },
  ], rows);
}

export async function insertDemoSubscriptionEvents(tx: Tx, workspaceId: string, rows: readonly DemoSubscriptionEvent[]): Promise<void> {
  await insertWithUnnest(tx, 'subscription_events', workspaceId, [
    ...lineColumns<DemoSubscriptionEvent>(),
    { name: 'subscription_id', type: 'uuid', value: (e) => e.subscriptionId },
    { name: 'effective_on', type: 'date', value: (e) => e.effectiveOn },
    { name: 'kind', type: 'text', value: (e) => e.kind },
    { name: 'source', type: 'text', value: () => 'demo' },
    { name: 'recorded_at', type: 'timestamptz', value: (e) => `${e.effectiveOn}T09:00:00+09:00` },
  ], rows);
}

export async function insertDemoActivities(tx: Tx, workspaceId: string, rows: readonly DemoActivity[]): Promise<void> {
  await insertWithUnnest(tx, 'activities', workspaceId, [
    { name: 'id', type: 'uuid', value: (a) => a.id },
    { name: 'account_id', type: 'uuid', value: (a) => a.accountId },
    { name: 'contact_id', type: 'uuid', value: (a) => a.contactId },
    { name: 'kind', type: 'text', value: (a) => a.kind },
    { name: 'occurred_at', type: 'timestamptz', value: (a) => a.occurredAt },
    { name: 'author_id', type: 'uuid', value: (a) => a.authorId },
    { name: 'subject', type: 'text', value: (a) => a.subject },
    { name: 'body', type: 'text', value: (a) => a.body },
    { name: 'event', type: 'text', value: (a) => a.event },
    { name: 'created_at', type: 'timestamptz', value: (a) => a.occurredAt },
  ], rows);
}


/** Rollup chunks are larger: the rows are narrow and there are a few hundred thousand of them. */
const ROLLUP_CHUNK = 20_000;

export async function insertDemoProductUsers(tx: Tx, workspaceId: string, rows: readonly DemoProductUser[], at: Date): Promise<void> {
  await insertWithUnnest(tx, 'usage_users', workspaceId, [
    { name: 'user_id', type: 'text', value: (u) => u.userId },
    { name: 'group_id', type: 'text', value: (u) => u.groupId },
    { name: 'contact_id', type: 'uuid', value: (u) => u.contactId },
    { name: 'email', type: 'text', value: (u) => u.email },
    { name: 'name', type: 'text', value: (u) => u.name },
    { name: 'updated_at', type: 'timestamptz', value: () => at.toISOString() },
  ], rows, ROLLUP_CHUNK);
}

export async function insertDemoUserDays(tx: Tx, workspaceId: string, rows: readonly DemoUserDay[]): Promise<void> {
  await insertWithUnnest(tx, 'usage_user_days', workspaceId, [
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId },
    { name: 'day', type: 'date', value: (r) => r.day },
    { name: 'user_id', type: 'text', value: (r) => r.userId },
    { name: 'events', type: 'integer', value: (r) => r.events },
    { name: 'duration_seconds', type: 'integer', value: (r) => r.durationSeconds },
    { name: 'first_at', type: 'timestamptz', value: (r) => r.firstAt },
    { name: 'last_at', type: 'timestamptz', value: (r) => r.lastAt },
  ], rows, ROLLUP_CHUNK);
}

export async function insertDemoEventDays(tx: Tx, workspaceId: string, rows: readonly DemoEventDay[]): Promise<void> {
  await insertWithUnnest(tx, 'usage_event_days', workspaceId, [
    { name: 'account_id', type: 'uuid', value: (r) => r.accountId },
    { name: 'day', type: 'date', value: (r) => r.day },
    { name: 'event', type: 'text', value: (r) => r.event },
    { name: 'count', type: 'integer', value: (r) => r.count },
  ], rows, ROLLUP_CHUNK);
}

/** Raw track calls as the ingestion endpoint stores them: received a few seconds after they happened. */
export async function insertDemoUsageEvents(tx: Tx, workspaceId: string, rows: readonly DemoUsageEvent[]): Promise<void> {
  await insertWithUnnest(tx, 'usage_events', workspaceId, [
    { name: 'message_id', type: 'text', value: (e) => e.messageId },
    { name: 'type', type: 'text', value: () => 'track' },
    { name: 'event', type: 'text', value: (e) => e.event },
    { name: 'user_id', type: 'text', value: (e) => e.userId },
    { name: 'group_id', type: 'text', value: (e) => e.groupId },
    { name: 'account_id', type: 'uuid', value: (e) => e.accountId },
    { name: 'occurred_at', type: 'timestamptz', value: (e) => e.occurredAt },
    { name: 'received_at', type: 'timestamptz', value: (e) => new Date(Date.parse(e.occurredAt) + 2_000).toISOString() },
    { name: 'duration_seconds', type: 'integer', value: (e) => e.durationSeconds },
    { name: 'properties', type: 'jsonb', value: (e) => (e.durationSeconds === null ? null : JSON.stringify({ duration: e.durationSeconds })) },
  ], rows, ROLLUP_CHUNK);
}

export async function insertDemoSentiments(tx: Tx, workspaceId: string, rows: readonly DemoSentiment[]): Promise<void> {
  await insertWithUnnest(tx, 'csm_sentiments', workspaceId, [
    { name: 'id', type: 'uuid', value: (s) => s.id },
    { name: 'account_id', type: 'uuid', value: (s) => s.accountId },
    { name: 'value', type: 'integer', value: (s) => s.value },
    { name: 'reason', type: 'text', value: (s) => s.reason },
    { name: 'author_id', type: 'uuid', value: (s) => s.authorId },
    { name: 'created_at', type: 'timestamptz', value: (s) => s.createdAt },
  ], rows);
}
