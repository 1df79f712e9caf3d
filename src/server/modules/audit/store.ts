/** The audit log: one row per write, in the same transaction as the write. */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { apiKeys, auditLog, users } from '../../db/schema/index.js';
import type { Principal } from '../../auth/principal.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'revoke' | 'sign_in';

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  changes?: Record<string, unknown> | null;
}

/** Who wrote: a person, an API key, or Kizuna itself acting on a verified webhook (id null). */
export interface Actor {
  workspaceId: string;
  actor: { type: Principal['actor']['type'] | 'system'; id: string | null };
}

export async function recordAudit(tx: Tx, actor: Actor, entries: AuditEntry | AuditEntry[], at: Date): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(list.map((entry) => ({
    workspaceId: actor.workspaceId,
    id: randomUUID(),
    at,
    actorType: actor.actor.type,
    actorId: actor.actor.id,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    changes: entry.changes ?? null,
  })));
}

/** Fields whose values differ between two versions of a record, as {field: [before, after]}. */
export function diffRecords<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null)) changes[key] = [before[key] ?? null, value ?? null];
  }
  return changes;
}

export async function listAudit(tx: Tx, workspaceId: string, options: { limit: number; before?: { at: Date; id: string } }) {
  const where = options.before
    ? and(eq(auditLog.workspaceId, workspaceId), or(lt(auditLog.at, options.before.at),
      and(eq(auditLog.at, options.before.at), lt(auditLog.id, options.before.id))))
    : eq(auditLog.workspaceId, workspaceId);
  const rows = await tx.select({ entry: auditLog, userName: users.name, keyName: apiKeys.name }).from(auditLog)
    .leftJoin(users, and(eq(auditLog.actorType, 'user'), eq(users.id, auditLog.actorId)))
    .leftJoin(apiKeys, and(eq(auditLog.actorType, 'api_key'), eq(apiKeys.workspaceId, auditLog.workspaceId), eq(apiKeys.id, auditLog.actorId)))
    .where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(options.limit);
  return rows.map((r) => ({ ...r.entry, actorName: r.userName ?? r.keyName ?? null }));
}
