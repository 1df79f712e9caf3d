/**
 * Writing playbooks: create, change (including switching on and off) and delete. Every
 * reference in a definition must be this workspace's — tiers, phases, the email template, the
 * member a task goes to, the custom field — else the request fails naming the field. Each write
 * records an audit row in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connect.js';
import { queryRows } from '../../db/connect.js';
import { playbooks } from '../../db/schema/journey.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import type { PlaybookDefinition } from '../../../domain/playbooks/playbook.js';
import { diffRecords, recordAudit } from '../audit/store.js';
import { ensureDefaultPhases } from '../phases/phase-store.js';
import { ensureDefaultTiers } from '../tiers/tier-store.js';
import type { PlaybookInput, PlaybookPatch } from './schema.js';
import { findPlaybook } from './playbook-store.js';

async function keysOf(tx: Tx, query: ReturnType<typeof sql>): Promise<Set<string>> {
  return new Set((await queryRows<{ key: string }>(tx, query)).map((r) => r.key));
}

/** Field issues for references that are not this workspace's. */
export async function checkReferences(tx: Tx, workspaceId: string, d: PlaybookDefinition, now: Date): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const phases = new Set((await ensureDefaultPhases(tx, workspaceId, now)).map((p) => p.key));
  await ensureDefaultTiers(tx, workspaceId, now);
  const tiers = await keysOf(tx, sql`select key from touch_tiers where workspace_id = ${workspaceId}::uuid`);
  const templates = await keysOf(tx, sql`select id::text as key from email_templates where workspace_id = ${workspaceId}::uuid`);
  const memberIds = await keysOf(tx, sql`select user_id::text as key from members where workspace_id = ${workspaceId}::uuid`);
  const fields = await keysOf(tx, sql`select key from custom_field_defs where workspace_id = ${workspaceId}::uuid and entity = 'account'`);
  d.tierKeys.forEach((k, i) => { if (!tiers.has(k)) issues.push({ path: `tierKeys.${i}`, message: `no tier "${k}"` }); });
  d.phaseKeys.forEach((k, i) => { if (!phases.has(k)) issues.push({ path: `phaseKeys.${i}`, message: `no phase "${k}"` }); });
  if (d.trigger.type === 'phase_entered' && !phases.has(d.trigger.phase)) issues.push({ path: 'trigger.phase', message: `no phase "${d.trigger.phase}"` });
  d.actions.forEach((a, i) => {
    if (a.type === 'send_email' && !templates.has(a.templateId)) issues.push({ path: `actions.${i}.templateId`, message: 'no such email template' });
    if (a.type === 'create_task' && a.assignee !== 'owner' && !memberIds.has(a.assignee)) issues.push({ path: `actions.${i}.assignee`, message: 'not a member of this workspace' });
    if (a.type === 'set_phase' && !phases.has(a.phase)) issues.push({ path: `actions.${i}.phase`, message: `no phase "${a.phase}"` });
    if (a.type === 'set_field' && !fields.has(a.field)) issues.push({ path: `actions.${i}.field`, message: `no custom field "${a.field}" on accounts` });
  });
  d.conditions.all.forEach((c, i) => {
    if (c.fact.startsWith('custom.') && !fields.has(c.fact.slice(7))) issues.push({ path: `conditions.all.${i}.fact`, message: `no custom field "${c.fact.slice(7)}" on accounts` });
  });
  return issues;
}

function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some fields are invalid.', fields: issues });
}

export async function createPlaybook(db: Db, principal: Principal, input: PlaybookInput, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    throwIfIssues(await checkReferences(tx, ws, input, now));
    const id = randomUUID();
    await tx.insert(playbooks).values({
      workspaceId: ws, id, name: input.name, description: input.description ?? null, enabled: input.enabled,
      trigger: input.trigger, conditions: input.conditions, actions: input.actions, tierKeys: input.tierKeys,
      phaseKeys: input.phaseKeys, createdBy: principal.userId, createdAt: now, updatedAt: now,
    });
    await recordAudit(tx, principal, { action: 'create', entity: 'playbook', entityId: id, changes: { ...input } }, now);
    return id;
  });
}

export async function updatePlaybook(db: Db, principal: Principal, id: string, patch: PlaybookPatch, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const current = await findPlaybook(tx, ws, id);
    if (!current) throw notFound('playbook.not_found', id);
    const merged = {
      name: current.name, description: current.description, enabled: current.enabled, trigger: current.trigger,
      conditions: current.conditions, actions: current.actions, tierKeys: current.tierKeys, phaseKeys: current.phaseKeys,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as PlaybookDefinition;
    throwIfIssues(await checkReferences(tx, ws, merged, now));
    const changes = diffRecords(current as unknown as Record<string, unknown>, merged as unknown as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return;
    await tx.update(playbooks).set({ ...merged, description: merged.description ?? null, updatedAt: now })
      .where(and(eq(playbooks.workspaceId, ws), eq(playbooks.id, id)));
    // A changed trigger starts afresh: episodes of the old trigger no longer say anything.
    if ('trigger' in changes) {
      await tx.execute(sql`update playbook_runs set closed_at = ${now.toISOString()}::timestamptz
        where workspace_id = ${ws}::uuid and playbook_id = ${id}::uuid and closed_at is null`);
    }
    await recordAudit(tx, principal, { action: 'update', entity: 'playbook', entityId: id, changes }, now);
  });
}

export async function deletePlaybook(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(playbooks).where(and(eq(playbooks.workspaceId, ws), eq(playbooks.id, id))).returning({ name: playbooks.name });
    if (deleted.length === 0) throw notFound('playbook.not_found', id);
    await recordAudit(tx, principal, { action: 'delete', entity: 'playbook', entityId: id, changes: { name: deleted[0]!.name } }, now);
  });
}
