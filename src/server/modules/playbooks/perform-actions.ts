/**
 * Performs a run's actions in order, each in a savepoint of the run's transaction: one failing
 * action (a deleted template, a removed member, a phase that no longer exists) is recorded as
 * failed with its error and does not undo the run or the other actions. Emails and webhook
 * posts are queued in the outbox and leave only after the transaction commits.
 */
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { accounts, customFieldDefs, members, users } from '../../db/schema/index.js';
import { emailTemplates } from '../../db/schema/journey.js';
import type { ActionResult, PlaybookAction } from '../../../domain/playbooks/action.js';
import { describeFiring, type Locale } from '../../../domain/playbooks/describe-firing.js';
import type { PlaybookForEvaluation } from '../../../domain/playbooks/playbook.js';
import { coerceCustomFields, type CustomFieldDef } from '../../../domain/accounts/custom-fields.js';
import type { CustomFieldType } from '../../../domain/accounts/fields.js';
import { renderTemplate, type TemplateFieldValues } from '../../../domain/mail/render-template.js';
import { addDays } from '../../../domain/tasks/task.js';
import { createTask } from '../tasks/create-task.js';
import { enqueueEmail, enqueueWebhook } from '../delivery/enqueue.js';
import { loadAccountTemplateFields } from '../delivery/account-template-fields.js';
import { setPhase } from '../phases/set-phase.js';
import { workspaceLocale } from '../phases/phase-store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { recordAudit } from '../audit/store.js';

export interface RunContext {
  workspaceId: string;
  runId: string;
  accountId: string;
  playbook: PlaybookForEvaluation;
  detail: Record<string, unknown>;
  now: Date;
}

const SYSTEM = (workspaceId: string) => ({ workspaceId, actor: { type: 'system' as const, id: null } });

async function userLocale(tx: Tx, userId: string | null): Promise<Locale | null> {
  if (!userId) return null;
  const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row ? (row.locale === 'en' ? 'en' : 'ja') : null;
}

async function accountOwner(tx: Tx, ctx: RunContext): Promise<string | null> {
  const [row] = await tx.select({ ownerId: accounts.ownerId }).from(accounts)
    .where(and(eq(accounts.workspaceId, ctx.workspaceId), eq(accounts.id, ctx.accountId)));
  return row?.ownerId ?? null;
}

function reasonText(ctx: RunContext, locale: Locale): string {
  return describeFiring(ctx.playbook.trigger, ctx.detail, locale);
}

async function fieldsFor(tx: Tx, ctx: RunContext, locale: Locale, contactId?: string | null): Promise<TemplateFieldValues> {
  const base = await loadAccountTemplateFields(tx, ctx.workspaceId, ctx.accountId, locale, contactId);
  return { ...base, 'playbook.name': ctx.playbook.name, 'trigger.reason': reasonText(ctx, locale) };
}

async function createTaskAction(tx: Tx, ctx: RunContext, a: Extract<PlaybookAction, { type: 'create_task' }>): Promise<ActionResult> {
  let assigneeId = a.assignee === 'owner' ? await accountOwner(tx, ctx) : a.assignee;
  if (assigneeId && a.assignee !== 'owner') {
    const [member] = await tx.select({ userId: members.userId }).from(members)
      .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, assigneeId)));
    if (!member) return { type: a.type, status: 'failed', error: 'the assignee is no longer a member of this workspace' };
  }
  assigneeId ??= null;
  const locale = (await userLocale(tx, assigneeId)) ?? (await workspaceLocale(tx, ctx.workspaceId));
  const why = reasonText(ctx, locale);
  const custom = a.reason?.trim();
  const reason = custom ? (locale === 'ja' ? `${custom}（${why}）` : `${custom} (${why})`) : why;
  const taskId = await createTask(tx, ctx.workspaceId, {
    accountId: ctx.accountId, assigneeId, title: a.title, reason, dueOn: addDays(ctx.now.toISOString().slice(0, 10), a.dueInDays),
    source: 'playbook', playbookRunId: ctx.runId, createdBy: null, at: ctx.now,
  });
  return { type: a.type, status: 'done', ref: { taskId, assigneeId } };
}

async function recipientsOf(tx: Tx, ctx: RunContext, to: Extract<PlaybookAction, { type: 'send_email' }>['to']) {
  if (to === 'owner') {
    return queryRows<{ email: string; contact_id: string | null }>(tx, sql`
      select u.email, null::uuid as contact_id from accounts a join users u on u.id = a.owner_id
      where a.workspace_id = ${ctx.workspaceId}::uuid and a.id = ${ctx.accountId}::uuid`);
  }
  const filter = 'role' in to ? sql`c.role = ${to.role}` : sql`c.level = ${to.level}`;
  return queryRows<{ email: string; contact_id: string | null }>(tx, sql`
    select c.email, c.id as contact_id from contacts c
    where c.workspace_id = ${ctx.workspaceId}::uuid and c.account_id = ${ctx.accountId}::uuid
      and c.email is not null and c.email <> '' and ${filter}
    order by c.created_at, c.id`);
}

async function sendEmailAction(tx: Tx, ctx: RunContext, a: Extract<PlaybookAction, { type: 'send_email' }>): Promise<ActionResult> {
  const [template] = await tx.select().from(emailTemplates)
    .where(and(eq(emailTemplates.workspaceId, ctx.workspaceId), eq(emailTemplates.id, a.templateId)));
  if (!template) return { type: a.type, status: 'failed', error: 'the email template no longer exists' };
  const recipients = await recipientsOf(tx, ctx, a.to);
  if (recipients.length === 0) return { type: a.type, status: 'failed', error: 'no recipient with an email address' };
  const locale: Locale = template.locale === 'en' ? 'en' : 'ja';
  const outboxIds: string[] = [];
  for (const r of recipients) {
    const fields = await fieldsFor(tx, ctx, locale, r.contact_id);
    outboxIds.push(await enqueueEmail(tx, ctx.workspaceId, {
      to: r.email, subject: renderTemplate(template.subject, fields), text: renderTemplate(template.body, fields),
      locale, accountId: ctx.accountId, playbookRunId: ctx.runId,
    }));
  }
  return { type: a.type, status: 'queued', ref: { outboxIds, to: recipients.map((r) => r.email) } };
}

async function webhookAction(tx: Tx, ctx: RunContext, a: Extract<PlaybookAction, { type: 'webhook' }>): Promise<ActionResult> {
  const locale = await workspaceLocale(tx, ctx.workspaceId);
  const fields = await fieldsFor(tx, ctx, locale);
  const outboxId = await enqueueWebhook(tx, ctx.workspaceId, {
    url: a.url,
    // `text` is what a Slack incoming webhook shows; the rest is for other receivers.
    body: {
      text: renderTemplate(a.text, fields),
      kizuna: {
        runId: ctx.runId, firedAt: ctx.now.toISOString(), reason: fields['trigger.reason'],
        playbook: { id: ctx.playbook.id, name: ctx.playbook.name },
        account: { id: ctx.accountId, name: fields['account.name'] ?? null },
        trigger: { ...ctx.playbook.trigger, saw: ctx.detail },
      },
    },
    accountId: ctx.accountId, playbookRunId: ctx.runId,
  });
  return { type: a.type, status: 'queued', ref: { outboxId } };
}

async function setPhaseAction(tx: Tx, ctx: RunContext, a: Extract<PlaybookAction, { type: 'set_phase' }>): Promise<ActionResult> {
  const locale = await workspaceLocale(tx, ctx.workspaceId);
  const moved = await setPhase(tx, ctx.workspaceId, ctx.accountId, a.phase, {
    source: 'playbook', reason: `${ctx.playbook.name}: ${reasonText(ctx, locale)}`,
    criterion: { playbookId: ctx.playbook.id, runId: ctx.runId }, actorId: null, at: ctx.now,
  });
  return { type: a.type, status: 'done', ref: { phase: a.phase, moved } };
}

async function setFieldAction(tx: Tx, ctx: RunContext, a: Extract<PlaybookAction, { type: 'set_field' }>): Promise<ActionResult> {
  const [def] = await tx.select().from(customFieldDefs).where(and(
    eq(customFieldDefs.workspaceId, ctx.workspaceId), eq(customFieldDefs.entity, 'account'), eq(customFieldDefs.key, a.field)));
  if (!def) return { type: a.type, status: 'failed', error: `no custom field "${a.field}" on accounts` };
  const field: CustomFieldDef = { key: def.key, type: def.type as CustomFieldType, options: def.options };
  const coerced = coerceCustomFields([field], { [a.field]: a.value });
  if (coerced.issues.length > 0) return { type: a.type, status: 'failed', error: coerced.issues[0]!.message };
  const value = coerced.values[a.field] ?? null;
  const [before] = await queryRows<{ value: unknown }>(tx, sql`
    select custom_fields -> ${a.field} as value from accounts
    where workspace_id = ${ctx.workspaceId}::uuid and id = ${ctx.accountId}::uuid for update`);
  const previous = before?.value ?? null;
  if (JSON.stringify(previous) === JSON.stringify(value)) return { type: a.type, status: 'done', ref: { field: a.field, value, changed: false } };
  await tx.execute(sql`
    update accounts set custom_fields = custom_fields || jsonb_build_object(${a.field}::text, ${JSON.stringify(value)}::jsonb),
      updated_at = ${ctx.now.toISOString()}::timestamptz
    where workspace_id = ${ctx.workspaceId}::uuid and id = ${ctx.accountId}::uuid`);
  const changes = { [`customFields.${a.field}`]: [previous, value] };
  await recordSystemEvents(tx, ctx.workspaceId, null, [{ accountId: ctx.accountId, event: 'account.updated', data: { changes, playbookId: ctx.playbook.id } }], ctx.now);
  await recordAudit(tx, SYSTEM(ctx.workspaceId), { action: 'update', entity: 'account', entityId: ctx.accountId, changes: { ...changes, playbookRunId: ctx.runId } }, ctx.now);
  return { type: a.type, status: 'done', ref: { field: a.field, value, changed: true } };
}

function perform(tx: Tx, ctx: RunContext, action: PlaybookAction): Promise<ActionResult> {
  switch (action.type) {
    case 'create_task': return createTaskAction(tx, ctx, action);
    case 'send_email': return sendEmailAction(tx, ctx, action);
    case 'webhook': return webhookAction(tx, ctx, action);
    case 'set_phase': return setPhaseAction(tx, ctx, action);
    case 'set_field': return setFieldAction(tx, ctx, action);
  }
}

export async function performActions(tx: Tx, ctx: RunContext): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  for (const action of ctx.playbook.actions) {
    try {
      results.push(await tx.transaction((savepoint) => perform(savepoint, ctx, action)));
    } catch (error) {
      results.push({ type: action.type, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
