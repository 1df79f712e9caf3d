/** The demo's email templates (domain/demo/generate-templates.ts), in one statement. */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { pgArray } from '../imports/pg-array.js';
import type { DemoEmailTemplate } from '../../../domain/demo/generate-templates.js';

export async function insertDemoTemplates(tx: Tx, workspaceId: string, templates: DemoEmailTemplate[], at: Date): Promise<void> {
  if (templates.length === 0) return;
  await tx.execute(sql`
    insert into email_templates (workspace_id, id, name, locale, subject, body, created_at, updated_at)
    select ${workspaceId}::uuid, t.id, t.name, t.locale, t.subject, t.body, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from unnest(${pgArray(templates.map((t) => t.id))}::uuid[], ${pgArray(templates.map((t) => t.name))}::text[],
                ${pgArray(templates.map((t) => t.locale))}::text[], ${pgArray(templates.map((t) => t.subject))}::text[],
                ${pgArray(templates.map((t) => t.body))}::text[]) as t(id, name, locale, subject, body)`);
}
