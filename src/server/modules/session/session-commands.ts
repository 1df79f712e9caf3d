/** First-run setup, sign-in and sign-out. */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { members, sessions, users, workspaces } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { hashSecret, newSecret } from '../../auth/tokens.js';
import { findUserByEmail } from '../../auth/principal.js';
import { recordAudit } from '../audit/store.js';
import type { SetupInput } from './schema.js';

export const SESSION_DAYS = 30;

export async function needsSetup(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return (row?.n ?? 0) === 0;
}

/**
 * Create a workspace and its first admin. Through the public setup route this works only
 * while Kizuna has no workspace at all; the CLI may call it with `allowExisting`.
 */
export async function createWorkspaceWithAdmin(
  db: Db, input: SetupInput, now: Date, options: { allowExisting?: boolean } = {},
): Promise<{ workspaceId: string; userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (!options.allowExisting) {
      // Serialise concurrent first-run attempts: only one may create the first workspace.
      await tx.execute(sql`lock table workspaces in exclusive mode`);
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(workspaces);
      if ((row?.n ?? 0) > 0) throw new AppError('setup.already_done', { detail: 'Kizuna is already set up; sign in instead.' });
    }
    const workspaceId = randomUUID();
    await tx.insert(workspaces).values({
      id: workspaceId, name: input.workspaceName, baseCurrency: input.baseCurrency,
      fiscalYearStartMonth: input.fiscalYearStartMonth, createdAt: now,
    });
    const existing = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    const userId = existing[0]?.id ?? randomUUID();
    if (!existing[0]) {
      await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale, createdAt: now });
    }
    await tx.insert(members).values({ workspaceId, userId, role: 'admin', createdAt: now });
    await recordAudit(tx, { workspaceId, actor: { type: 'user', id: userId } },
      { action: 'create', entity: 'workspace', entityId: workspaceId, changes: { name: input.workspaceName } }, now);
    return { workspaceId, userId };
  });
}

/** Check a password and open a session in the user's first (or chosen) workspace; returns the token. */
export async function signIn(
  db: Db, email: string, password: string, now: Date, workspaceId?: string,
): Promise<{ token: string; expiresAt: Date }> {
  const user = await findUserByEmail(db, email);
  // Verify even for unknown emails so timing does not reveal which addresses exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA');
  if (!user || !ok) throw new AppError('auth.invalid_credentials', { detail: 'Email or password is wrong.' });
  const memberships = await db.select({ workspaceId: members.workspaceId }).from(members)
    .where(workspaceId ? and(eq(members.userId, user.id), eq(members.workspaceId, workspaceId)) : eq(members.userId, user.id))
    .orderBy(members.createdAt)
    .limit(1);
  const membership = memberships[0];
  if (!membership) throw new AppError('auth.forbidden', { detail: 'This user is not a member of any workspace.' });
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(sessions).values({ tokenHash: hashSecret(token), userId: user.id, workspaceId: membership.workspaceId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(token)));
}

/** Move an open session to another workspace the user belongs to. */
export async function switchWorkspace(db: Db, token: string, userId: string, workspaceId: string): Promise<void> {
  const [m] = await db.select({ w: members.workspaceId }).from(members)
    .where(and(eq(members.userId, userId), eq(members.workspaceId, workspaceId))).limit(1);
  if (!m) throw new AppError('workspace.not_found', { detail: 'No such workspace for this user.' });
  await db.update(sessions).set({ workspaceId }).where(eq(sessions.tokenHash, hashSecret(token)));
}
