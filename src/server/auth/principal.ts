/**
 * Who is calling, resolved once per request from a session cookie or a bearer API key.
 * Every store function takes `principal.workspaceId` first: this is the one place a
 * workspace comes from.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import { apiKeys, members, sessions, users } from '../db/schema/index.js';
import {
  permissionsOfRole, permissionsOfScope, type ApiKeyScope, type Permission, type Role,
} from '../../domain/people/roles.js';
import { hashSecret, parseApiKey } from './tokens.js';

export interface Principal {
  workspaceId: string;
  actor: { type: 'user' | 'api_key'; id: string };
  /** set for people; null for API keys */
  userId: string | null;
  role: Role | null;
  scope: ApiKeyScope | null;
  permissions: ReadonlySet<Permission>;
}

export const SESSION_COOKIE = 'kizuna_session';

export async function principalFromSession(db: Db, token: string, now: Date): Promise<Principal | null> {
  const [row] = await db
    .select({ userId: sessions.userId, workspaceId: sessions.workspaceId, role: members.role })
    .from(sessions)
    .innerJoin(members, and(eq(members.workspaceId, sessions.workspaceId), eq(members.userId, sessions.userId)))
    .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const role = row.role as Role;
  return {
    workspaceId: row.workspaceId,
    actor: { type: 'user', id: row.userId },
    userId: row.userId,
    role,
    scope: null,
    permissions: new Set(permissionsOfRole(role)),
  };
}

export async function principalFromApiKey(db: Db, key: string, now: Date): Promise<Principal | null> {
  const parsed = parseApiKey(key);
  if (!parsed) return null;
  const [row] = await db
    .select({ id: apiKeys.id, scope: apiKeys.scope, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.workspaceId, parsed.workspaceId), eq(apiKeys.keyHash, hashSecret(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Record use at most once a minute so a busy integration does not write on every call.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKeys).set({ lastUsedAt: now })
      .where(and(eq(apiKeys.workspaceId, parsed.workspaceId), eq(apiKeys.id, row.id)));
  }
  const scope = row.scope as ApiKeyScope;
  return {
    workspaceId: parsed.workspaceId,
    actor: { type: 'api_key', id: row.id },
    userId: null,
    role: null,
    scope,
    permissions: new Set(permissionsOfScope(scope)),
  };
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return row ?? null;
}
