/** SQL for VOC items and their mentions. Every function takes the workspace id first; no rules here. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { vocItems, vocMentions } from '../../db/schema/surveys.js';
import type { RankableMention } from '../../../domain/voc/rank.js';
import type { VocKind, VocSourceKind, VocStatus } from '../../../domain/voc/status.js';

export type VocItemRow = typeof vocItems.$inferSelect;
export type NewVocItemRow = typeof vocItems.$inferInsert;
export type NewVocMentionRow = typeof vocMentions.$inferInsert;

/** An item as listed; instants as ISO strings. */
export interface VocItemEntry {
  id: string;
  title: string;
  description: string | null;
  kind: VocKind;
  areas: string[];
  status: VocStatus;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export async function selectItems(tx: Tx, workspaceId: string, where: SQL = sql`true`): Promise<VocItemEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select i.id, i.title, i.description, i.kind, i.areas, i.status, ${iso(sql`i.created_at`)} as created_at,
           ${iso(sql`i.updated_at`)} as updated_at, ${iso(sql`i.sent_at`)} as sent_at
    from voc_items i where i.workspace_id = ${workspaceId}::uuid and (${where})
    order by i.created_at desc, i.id`);
  return rows.map((r) => ({
    id: r.id as string, title: r.title as string, description: str(r.description), kind: r.kind as VocKind,
    areas: (r.areas as string[] | null) ?? [], status: r.status as VocStatus,
    createdAt: r.created_at as string, updatedAt: r.updated_at as string, sentAt: str(r.sent_at),
  }));
}

/** Every mention of the workspace (or of one item) with its account's current ARR (MRR × 12). */
export async function selectMentionWeights(tx: Tx, workspaceId: string, itemId?: string): Promise<RankableMention[]> {
  const rows = await queryRows<{ item_id: string; account_id: string; arr: string | number; created_at: string }>(tx, sql`
    select m.item_id, m.account_id, a.mrr::bigint * 12 as arr, ${iso(sql`m.created_at`)} as created_at
    from voc_mentions m join accounts a on a.workspace_id = m.workspace_id and a.id = m.account_id
    where m.workspace_id = ${workspaceId}::uuid ${itemId ? sql`and m.item_id = ${itemId}::uuid` : sql``}`);
  return rows.map((r) => ({ itemId: r.item_id, accountId: r.account_id, accountArr: Number(r.arr), createdAt: r.created_at }));
}

export interface MentionEntry {
  id: string;
  accountId: string;
  accountName: string;
  sourceKind: VocSourceKind;
  sourceId: string | null;
  quote: string | null;
  createdBy: string | null;
  createdAt: string;
}

export async function mentionsOfItem(tx: Tx, workspaceId: string, itemId: string): Promise<MentionEntry[]> {
  const rows = await queryRows<Record<string, unknown>>(tx, sql`
    select m.id, m.account_id, a.name as account_name, m.source_kind, m.source_id, m.quote, u.name as created_by,
           ${iso(sql`m.created_at`)} as created_at
    from voc_mentions m
    join accounts a on a.workspace_id = m.workspace_id and a.id = m.account_id
    left join users u on u.id = m.created_by
    where m.workspace_id = ${workspaceId}::uuid and m.item_id = ${itemId}::uuid
    order by m.created_at desc, m.id`);
  return rows.map((r) => ({
    id: r.id as string, accountId: r.account_id as string, accountName: r.account_name as string,
    sourceKind: r.source_kind as VocSourceKind, sourceId: str(r.source_id), quote: str(r.quote),
    createdBy: str(r.created_by), createdAt: r.created_at as string,
  }));
}

export async function findItemRowForUpdate(tx: Tx, workspaceId: string, id: string): Promise<VocItemRow | null> {
  const [row] = await tx.select().from(vocItems).where(and(eq(vocItems.workspaceId, workspaceId), eq(vocItems.id, id))).for('update');
  return row ?? null;
}

export async function insertItem(tx: Tx, row: NewVocItemRow): Promise<void> {
  await tx.insert(vocItems).values(row);
}

export async function updateItemRow(tx: Tx, workspaceId: string, id: string, patch: Partial<NewVocItemRow>): Promise<void> {
  await tx.update(vocItems).set(patch).where(and(eq(vocItems.workspaceId, workspaceId), eq(vocItems.id, id)));
}

export async function deleteItemRow(tx: Tx, workspaceId: string, id: string): Promise<void> {
  await tx.delete(vocItems).where(and(eq(vocItems.workspaceId, workspaceId), eq(vocItems.id, id)));
}

export async function insertMention(tx: Tx, row: NewVocMentionRow): Promise<void> {
  await tx.insert(vocMentions).values(row);
}

/** A mention already recording this source (and quote) on this item: adding it again changes nothing. */
export async function findSameMention(
  tx: Tx, workspaceId: string, m: { itemId: string; sourceKind: VocSourceKind; sourceId: string | null; accountId: string; quote: string | null },
): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(tx, sql`
    select id from voc_mentions
    where workspace_id = ${workspaceId}::uuid and item_id = ${m.itemId}::uuid and source_kind = ${m.sourceKind}
      and account_id = ${m.accountId}::uuid
      and source_id is not distinct from ${m.sourceId}::uuid and quote is not distinct from ${m.quote}::text
    limit 1`);
  return row?.id ?? null;
}

export async function findMentionRow(tx: Tx, workspaceId: string, id: string) {
  const [row] = await tx.select().from(vocMentions).where(and(eq(vocMentions.workspaceId, workspaceId), eq(vocMentions.id, id))).for('update');
  return row ?? null;
}

export async function deleteMentionRow(tx: Tx, workspaceId: string, id: string): Promise<void> {
  await tx.delete(vocMentions).where(and(eq(vocMentions.workspaceId, workspaceId), eq(vocMentions.id, id)));
}

export interface SourceFacts {
  accountId: string;
  /** the text a mention quotes when none is given */
  text: string | null;
}

/** The account and text of a survey response (its free-text answers, in question order), a timeline entry or a task. */
export async function findSource(tx: Tx, workspaceId: string, kind: Exclude<VocSourceKind, 'manual'>, id: string): Promise<SourceFacts | null> {
  const query = {
    survey_response: sql`
      select r.account_id, (
        select string_agg(r.answers->>(q->>'id'), E'\n' order by x.ord)
        from jsonb_array_elements(s.definition->'questions') with ordinality as x(q, ord)
        where q->>'type' = 'text' and coalesce(r.answers->>(q->>'id'), '') <> '') as text
      from survey_responses r join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
      where r.workspace_id = ${workspaceId}::uuid and r.id = ${id}::uuid`,
    activity: sql`
      select account_id, coalesce(nullif(body, ''), subject) as text from activities
      where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid and kind <> 'system'`,
    task: sql`select account_id, title as text from tasks where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid`,
  }[kind];
  const [row] = await queryRows<{ account_id: string; text: string | null }>(tx, query);
  return row ? { accountId: row.account_id, text: row.text } : null;
}

export async function accountExists(tx: Tx, workspaceId: string, accountId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(tx, sql`select id from accounts where workspace_id = ${workspaceId}::uuid and id = ${accountId}::uuid`);
  return rows.length > 0;
}

export async function accountName(tx: Tx, workspaceId: string, accountId: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(tx, sql`select name from accounts where workspace_id = ${workspaceId}::uuid and id = ${accountId}::uuid`);
  return row?.name ?? null;
}
