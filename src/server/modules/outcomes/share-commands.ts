/**
 * Share links of a success plan: create (the token shown once), revoke, and open one from the
 * public page. Creating and revoking record an audit row and a timeline entry in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { recordAudit } from '../audit/store.js';
import { findAccount } from '../accounts/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import type { CreateShareInput, PublicPlan } from './schema.js';
import { insertShare, openShare, revokeShareRow, selectShares, workspaceName } from './share-store.js';
import { newShareToken, shareLookup } from './share-token.js';
import { loadSuccessPlan } from './load-success-plan.js';

const DAY_MS = 86_400_000;

export async function createShare(db: Db, principal: Principal, accountId: string, input: CreateShareInput, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    if (!(await findAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    const id = randomUUID();
    const { token, hash } = newShareToken(ws);
    const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
    await insertShare(tx, { workspaceId: ws, id, accountId, tokenHash: hash, locale: input.locale, createdBy: principal.userId, createdAt: now, expiresAt });
    await recordSystemEvents(tx, ws, principal.userId, [
      { accountId, event: 'success_plan.shared', data: { locale: input.locale, expiresAt: expiresAt?.toISOString() ?? null } },
    ], now);
    await recordAudit(tx, principal, { action: 'create', entity: 'success_plan_share', entityId: id, changes: { accountId, locale: input.locale } }, now);
    const [share] = await selectShares(tx, ws, { id }, now);
    if (!share) throw new AppError('internal');
    return { ...share, token, path: `/p/${token}` };
  });
}

export async function revokeShare(db: Db, principal: Principal, id: string, now: Date) {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const revoked = await revokeShareRow(tx, ws, id, now);
    if (!revoked) throw notFound('share.not_found', id);
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: revoked.accountId, event: 'success_plan.share_revoked' }], now);
    await recordAudit(tx, principal, { action: 'revoke', entity: 'success_plan_share', entityId: id }, now);
    const [share] = await selectShares(tx, ws, { id }, now);
    if (!share) throw new AppError('internal');
    return share;
  });
}

/** Fields of a review that name internal records; the customer sees the names on the goals instead. */
const INTERNAL_FIELDS = new Set(['customerOwnerContactId', 'ownerId']);

/**
 * The plan behind a token, for the public page. Unknown, malformed, revoked and expired tokens
 * all end in the same 404 with the same words after the same single lookup.
 */
export async function openSharedPlan(db: Db, token: string, now: Date): Promise<PublicPlan> {
  const { workspaceId, hash } = shareLookup(token);
  return db.transaction(async (tx) => {
    const share = await openShare(tx, workspaceId, hash, now);
    if (!share) throw new AppError('share.not_found', { detail: 'This link is not valid.' });
    const plan = await loadSuccessPlan(tx, workspaceId, share.accountId, now);
    return {
      locale: share.locale,
      vendorName: await workspaceName(tx, workspaceId),
      accountName: plan.account.name,
      today: plan.today,
      goals: plan.goals.filter((g) => g.status !== 'dropped').map((g) => ({
        title: g.title, metric: g.metric, unit: g.unit, baseline: g.baseline, target: g.target, current: g.current,
        currentAt: g.currentAt, dueOn: g.dueOn, customerOwnerName: g.customerOwnerName, ownerName: g.ownerName,
        status: g.status, nextReviewOn: g.nextReviewOn, progress: g.progress, progressDisplay: g.progressDisplay,
        reviewOverdue: g.flags.reviewOverdue,
      })),
      reviews: plan.reviews.map((r) => ({
        goalTitle: r.goalTitle, reviewedOn: r.reviewedOn, reason: r.reason,
        changes: Object.fromEntries(Object.entries(r.changes).filter(([field]) => !INTERNAL_FIELDS.has(field))),
      })),
    };
  });
}
