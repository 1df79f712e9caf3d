/** SQL for email templates. */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { unknownTemplateFields } from '../../../domain/mail/template-fields.js';
import type { EmailTemplate, EmailTemplateInput } from './schema.js';

const iso = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

type Row = { id: string; name: string; locale: 'ja' | 'en'; subject: string; body: string; created_at: string; updated_at: string };

const present = (r: Row): EmailTemplate => ({
  id: r.id, name: r.name, locale: r.locale, subject: r.subject, body: r.body,
  unknownFields: unknownTemplateFields(`${r.subject}\n${r.body}`), createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function selectTemplates(tx: Tx, workspaceId: string, id?: string): Promise<EmailTemplate[]> {
  const rows = await queryRows<Row>(tx, sql`
    select id, name, locale, subject, body, ${iso('created_at')} as created_at, ${iso('updated_at')} as updated_at
    from email_templates where workspace_id = ${workspaceId}::uuid ${id ? sql`and id = ${id}::uuid` : sql``}
    order by locale, name, id`);
  return rows.map(present);
}

export async function insertTemplate(tx: Tx, workspaceId: string, id: string, t: EmailTemplateInput, at: Date): Promise<void> {
  await tx.execute(sql`
    insert into email_templates (workspace_id, id, name, locale, subject, body, created_at, updated_at)
    values (${workspaceId}::uuid, ${id}::uuid, ${t.name}, ${t.locale}, ${t.subject}, ${t.body}, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz)`);
}

export async function updateTemplate(tx: Tx, workspaceId: string, id: string, t: Partial<EmailTemplateInput>, at: Date): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(tx, sql`
    update email_templates set
      name = coalesce(${t.name ?? null}, name), locale = coalesce(${t.locale ?? null}, locale),
      subject = coalesce(${t.subject ?? null}, subject), body = coalesce(${t.body ?? null}, body),
      updated_at = ${at.toISOString()}::timestamptz
    where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid returning id`);
  return rows.length > 0;
}

export async function deleteTemplate(tx: Tx, workspaceId: string, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(tx, sql`
    delete from email_templates where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid returning id`);
  return rows.length > 0;
}

/** The account a preview shows when none is chosen: the largest customer. */
export async function sampleAccountId(tx: Tx, workspaceId: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(tx, sql`
    select id from accounts where workspace_id = ${workspaceId}::uuid order by mrr desc, created_at, id limit 1`);
  return row?.id ?? null;
}
