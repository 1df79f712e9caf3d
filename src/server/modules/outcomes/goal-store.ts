/** SQL for success-plan goals, measurements and reviews. Every function takes the workspace id first; no rules here. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { goalMeasurements, goalReviews, successGoals } from '../../db/schema/outcomes.js';

export type GoalRow = typeof successGoals.$inferSelect;
export type NewGoalRow = typeof successGoals.$inferInsert;

/** A goal as read for display: numbers as numbers, days as 'YYYY-MM-DD', instants as ISO strings. */
export interface GoalEntry {
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  metric: string;
  unit: string | null;
  baseline: number;
  target: number;
  current: number | null;
  currentAt: string | null;
  binding: unknown;
  dueOn: string | null;
  customerOwnerContactId: string | null;
  customerOwnerName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  status: string;
  nextReviewOn: string | null;
  createdAt: string;
  updatedAt: string;
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Goals with their account's name, the customer owner's name (contact or free text) and the vendor owner's. */
export async function selectGoals(tx: Tx, workspaceId: string, where: SQL): Promise<GoalEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select g.id, g.account_id, a.name as account_name, g.title, g.metric, g.unit, g.baseline::float8 as baseline,
           g.target::float8 as target, g.current::float8 as current, ${iso(sql`g.current_at`)} as current_at, g.binding,
           g.due_on::text as due_on, g.customer_owner_contact_id, coalesce(c.name, g.customer_owner_name) as customer_owner_name,
           g.owner_id, u.name as owner_name, g.status, g.next_review_on::text as next_review_on,
           ${iso(sql`g.created_at`)} as created_at, ${iso(sql`g.updated_at`)} as updated_at
    from success_goals g
    join accounts a on a.workspace_id = g.workspace_id and a.id = g.account_id
    left join contacts c on c.workspace_id = g.workspace_id and c.id = g.customer_owner_contact_id
    left join members m on m.workspace_id = g.workspace_id and m.user_id = g.owner_id
    left join users u on u.id = m.user_id
    where g.workspace_id = ${workspaceId}::uuid and (${where})
    order by a.sort_key collate "C", g.account_id, g.position, g.created_at, g.id`);
  return rows.map((r) => ({
    id: r.id as string, accountId: r.account_id as string, accountName: r.account_name as string, title: r.title as string,
    metric: r.metric as string, unit: (r.unit as string | null) ?? null, baseline: Number(r.baseline), target: Number(r.target),
    current: r.current === null ? null : Number(r.current), currentAt: (r.current_at as string | null) ?? null,
    binding: r.binding ?? null, dueOn: (r.due_on as string | null) ?? null,
    customerOwnerContactId: (r.customer_owner_contact_id as string | null) ?? null,
    customerOwnerName: (r.customer_owner_name as string | null) ?? null, ownerId: (r.owner_id as string | null) ?? null,
    ownerName: (r.owner_name as string | null) ?? null, status: r.status as string,
    nextReviewOn: (r.next_review_on as string | null) ?? null, createdAt: r.created_at as string, updatedAt: r.updated_at as string,
  }));
}

export const goalsOfAccount = (tx: Tx, workspaceId: string, accountId: string) =>
  selectGoals(tx, workspaceId, sql`g.account_id = ${accountId}::uuid`);

export async function findGoal(tx: Tx, workspaceId: string, id: string): Promise<GoalEntry | null> {
  const [goal] = await selectGoals(tx, workspaceId, sql`g.id = ${id}::uuid`);
  return goal ?? null;
}

/** The goal's own row, locked for the rest of the transaction. */
export async function findGoalRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<GoalRow | null> {
  const [row] = await tx.select().from(successGoals)
    .where(and(eq(successGoals.workspaceId, workspaceId), eq(successGoals.id, id))).for('update');
  return row ?? null;
}

export async function nextGoalPosition(tx: Tx, workspaceId: string, accountId: string): Promise<number> {
  const [row] = await queryRows<{ next: number | string }>(tx, sql`
    select coalesce(max(position) + 1, 0) as next from success_goals
    where workspace_id = ${workspaceId}::uuid and account_id = ${accountId}::uuid`);
  return Number(row?.next ?? 0);
}

export async function insertGoal(tx: Tx, row: NewGoalRow): Promise<void> {
  await tx.insert(successGoals).values(row);
}

export async function updateGoalRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewGoalRow>): Promise<void> {
  await tx.update(successGoals).set(patch).where(and(eq(successGoals.workspaceId, workspaceId), eq(successGoals.id, id)));
}

export async function deleteGoalRow(tx: Tx, workspaceId: string, id: string) {
  const [deleted] = await tx.delete(successGoals).where(and(eq(successGoals.workspaceId, workspaceId), eq(successGoals.id, id)))
    .returning({ accountId: successGoals.accountId, title: successGoals.title });
  return deleted ?? null;
}

/** Store one day's value (the last of the day wins) and return the latest measured day and value. */
export async function upsertMeasurement(
  tx: Tx, workspaceId: string, m: { goalId: string; day: string; value: number; source: 'manual' | 'bound'; authorId: string | null; at: Date },
): Promise<{ day: string; value: number }> {
  await tx.insert(goalMeasurements).values({ workspaceId, goalId: m.goalId, day: m.day, value: m.value, source: m.source, authorId: m.authorId, createdAt: m.at })
    .onConflictDoUpdate({
      target: [goalMeasurements.workspaceId, goalMeasurements.goalId, goalMeasurements.day],
      set: { value: m.value, source: m.source, authorId: m.authorId, createdAt: m.at },
    });
  const [latest] = await queryRows<{ day: string; value: number | string }>(tx, sql`
    select day::text as day, value::float8 as value from goal_measurements
    where workspace_id = ${workspaceId}::uuid and goal_id = ${m.goalId}::uuid order by day desc limit 1`);
  return { day: latest?.day ?? m.day, value: Number(latest?.value ?? m.value) };
}

export async function measurementsOf(tx: Tx, workspaceId: string, goalId: string) {
  const rows = await queryRows<{ day: string; value: number | string; source: string }>(tx, sql`
    select day::text as day, value::float8 as value, source from goal_measurements
    where workspace_id = ${workspaceId}::uuid and goal_id = ${goalId}::uuid order by day`);
  return rows.map((r) => ({ day: r.day, value: Number(r.value), source: r.source as 'manual' | 'bound' }));
}

export async function insertReview(tx: Tx, row: typeof goalReviews.$inferInsert): Promise<void> {
  await tx.insert(goalReviews).values(row);
}

export interface ReviewEntry {
  id: string;
  goalId: string;
  goalTitle: string;
  reviewedOn: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  authorName: string | null;
  createdAt: string;
}

/** Reviews, latest first, of one goal or of every goal of an account. */
export async function selectReviews(tx: Tx, workspaceId: string, of: { goalId: string } | { accountId: string }): Promise<ReviewEntry[]> {
  const filter = 'goalId' in of ? sql`r.goal_id = ${of.goalId}::uuid` : sql`r.account_id = ${of.accountId}::uuid`;
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select r.id, r.goal_id, g.title as goal_title, r.reviewed_on::text as reviewed_on, r.changes, r.reason,
           u.name as author_name, ${iso(sql`r.created_at`)} as created_at
    from goal_reviews r
    join success_goals g on g.workspace_id = r.workspace_id and g.id = r.goal_id
    left join users u on u.id = r.author_id
    where r.workspace_id = ${workspaceId}::uuid and ${filter}
    order by r.reviewed_on desc, r.created_at desc, r.id`);
  return rows.map((r) => ({
    id: r.id as string, goalId: r.goal_id as string, goalTitle: r.goal_title as string, reviewedOn: r.reviewed_on as string,
    changes: (r.changes ?? {}) as ReviewEntry['changes'], reason: r.reason as string,
    authorName: (r.author_name as string | null) ?? null, createdAt: r.created_at as string,
  }));
}

/** Is the contact one of this account's people? */
export async function contactBelongsTo(tx: Tx, workspaceId: string, accountId: string, contactId: string): Promise<boolean> {
  const rows = await queryRows(tx, sql`select 1 from contacts where workspace_id = ${workspaceId}::uuid
    and account_id = ${accountId}::uuid and id = ${contactId}::uuid`);
  return rows.length > 0;
}

export async function isMember(tx: Tx, workspaceId: string, userId: string): Promise<boolean> {
  const rows = await queryRows(tx, sql`select 1 from members where workspace_id = ${workspaceId}::uuid and user_id = ${userId}::uuid`);
  return rows.length > 0;
}

export async function isNumericAccountField(tx: Tx, workspaceId: string, key: string): Promise<boolean> {
  const rows = await queryRows(tx, sql`select 1 from custom_field_defs where workspace_id = ${workspaceId}::uuid
    and entity = 'account' and key = ${key} and type = 'number'`);
  return rows.length > 0;
}
