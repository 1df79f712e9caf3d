/** Email template use cases: create, edit, delete (audited), and the preview with a real account. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../errors.js';
import { recordAudit, diffRecords } from '../audit/store.js';
import { renderTemplate } from '../../../domain/mail/render-template.js';
import { unknownTemplateFields } from '../../../domain/mail/template-fields.js';
import { loadAccountTemplateFields } from './account-template-fields.js';
import { deleteTemplate, insertTemplate, sampleAccountId, selectTemplates, updateTemplate } from './template-store.js';
import type { EmailTemplate, EmailTemplateInput } from './schema.js';

export async function createTemplate(db: Db, p: Principal, input: EmailTemplateInput, at: Date): Promise<EmailTemplate> {
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await insertTemplate(tx, p.workspaceId, id, input, at);
    await recordAudit(tx, p, { action: 'create', entity: 'email_template', entityId: id, changes: { name: input.name, locale: input.locale } }, at);
    return (await selectTemplates(tx, p.workspaceId, id))[0]!;
  });
}

export async function editTemplate(db: Db, p: Principal, id: string, input: Partial<EmailTemplateInput>, at: Date): Promise<EmailTemplate> {
  return db.transaction(async (tx) => {
    const [before] = await selectTemplates(tx, p.workspaceId, id);
    if (!before) throw notFound('email_template.not_found', id);
    await updateTemplate(tx, p.workspaceId, id, input, at);
    const changes = diffRecords(before as unknown as Record<string, unknown>, input);
    await recordAudit(tx, p, { action: 'update', entity: 'email_template', entityId: id, changes }, at);
    return (await selectTemplates(tx, p.workspaceId, id))[0]!;
  });
}

export async function removeTemplate(db: Db, p: Principal, id: string, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await selectTemplates(tx, p.workspaceId, id);
    if (!before || !(await deleteTemplate(tx, p.workspaceId, id))) throw notFound('email_template.not_found', id);
    await recordAudit(tx, p, { action: 'delete', entity: 'email_template', entityId: id, changes: { name: before.name } }, at);
  });
}

export async function previewTemplate(db: Db, workspaceId: string, input: { subject: string; body: string; locale: 'ja' | 'en'; accountId?: string | undefined }) {
  const accountId = input.accountId ?? (await sampleAccountId(db, workspaceId));
  const fields = accountId ? await loadAccountTemplateFields(db, workspaceId, accountId, input.locale) : null;
  if (input.accountId && !fields) throw notFound('account.not_found', input.accountId);
  const values = fields ?? {};
  return {
    subject: renderTemplate(input.subject, values),
    body: renderTemplate(input.body, values),
    account: fields && accountId ? { id: accountId, name: String(fields['account.name']) } : null,
    unknownFields: unknownTemplateFields(`${input.subject}\n${input.body}`),
    fields: values,
  };
}
