/**
 * Writing handoffs: sales creates and edits a draft and submits it; CS accepts it or returns it
 * with questions; sales edits and submits again. Each command locks what it changes, checks the
 * status allows the step (domain/handoffs/status.ts), recomputes the completeness, and records a
 * timeline entry on the account, an audit row and the notifications — all in one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { scoreCompleteness } from '../../../domain/handoffs/completeness.js';
import type { HandoffContent } from '../../../domain/handoffs/content.js';
import { prefillHandoff } from '../../../domain/handoffs/prefill.js';
import { nextStatus, type HandoffAction, type HandoffStatus } from '../../../domain/handoffs/status.js';
import { recordAudit } from '../audit/store.js';
import { recordSystemEvents } from '../timeline/system-events.js';
import { notifyHandoff } from './notify-handoff.js';
import {
  contactsOfAccount, findHandoffRowForUpdate, handoffIdOfAccount, insertHandoff, loadPrefillFacts, lockAccount, updateHandoffRow,
  type HandoffRow,
} from './store.js';

/** Contacts named in the content must be this account's. */
async function checkContacts(tx: Tx, ws: string, accountId: string, content: HandoffContent): Promise<void> {
  const named: Array<[string, string]> = [];
  if (content.decisionMaker.contactId) named.push(['content.decisionMaker.contactId', content.decisionMaker.contactId]);
  content.stakeholders.forEach((s, i) => { if (s.contactId) named.push([`content.stakeholders.${i}.contactId`, s.contactId]); });
  const known = await contactsOfAccount(tx, ws, accountId, [...new Set(named.map(([, id]) => id))]);
  const issues: FieldIssue[] = named.filter(([, id]) => !known.has(id)).map(([path]) => ({ path, message: 'is not a contact of this account' }));
  if (issues.length > 0) throw new AppError('request.invalid', { detail: 'Some contacts are not this account\'s.', fields: issues });
}

/** The row, locked, after checking the action is allowed from its status. */
async function handoffFor(tx: Tx, ws: string, id: string, action: HandoffAction): Promise<{ row: HandoffRow; to: HandoffStatus }> {
  const row = await findHandoffRowForUpdate(tx, ws, id);
  if (!row) throw notFound('handoff.not_found', id);
  const to = nextStatus(action, row.status as HandoffStatus);
  if (to === null) {
    throw new AppError('handoff.wrong_state', { detail: `A handoff that is ${row.status} cannot be ${action === 'edit' ? 'edited' : `${action}ed`}.` });
  }
  return { row, to };
}

export async function createHandoff(db: Db, principal: Principal, accountId: string, content: HandoffContent | undefined, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    if (!(await lockAccount(tx, ws, accountId))) throw notFound('account.not_found', accountId);
    if (await handoffIdOfAccount(tx, ws, accountId)) {
      throw new AppError('handoff.exists', { detail: 'This account already has a handoff; edit that one.' });
    }
    const start = content ?? prefillHandoff(await loadPrefillFacts(tx, ws, accountId));
    await checkContacts(tx, ws, accountId, start);
    const id = randomUUID();
    const completeness = scoreCompleteness(start).score;
    await insertHandoff(tx, {
      workspaceId: ws, id, accountId, status: 'draft', content: start, completeness, authorId: principal.userId, createdAt: now, updatedAt: now,
    });
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId, event: 'handoff.created', data: { handoffId: id, completeness } }], now);
    await recordAudit(tx, principal, { action: 'create', entity: 'handoff', entityId: id, changes: { accountId, completeness } }, now);
    return id;
  });
}

export async function updateHandoff(db: Db, principal: Principal, id: string, content: HandoffContent, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const { row } = await handoffFor(tx, ws, id, 'edit');
    await checkContacts(tx, ws, row.accountId, content);
    if (JSON.stringify(row.content) === JSON.stringify(content)) return id;
    const completeness = scoreCompleteness(content).score;
    await updateHandoffRow(tx, ws, id, { content, completeness, updatedAt: now });
    const change = { handoffId: id, completeness: { from: row.completeness, to: completeness } };
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: row.accountId, event: 'handoff.updated', data: change }], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'handoff', entityId: id, changes: { content: 'changed', completeness: [row.completeness, completeness] } }, now);
    return id;
  });
}

export async function submitHandoff(db: Db, principal: Principal, id: string, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const { row, to } = await handoffFor(tx, ws, id, 'submit');
    const resubmitted = row.status === 'returned';
    await updateHandoffRow(tx, ws, id, { status: to, submittedAt: now, updatedAt: now, ...(row.authorId ? {} : { authorId: principal.userId }) });
    const data = { handoffId: id, completeness: row.completeness, resubmitted };
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: row.accountId, event: 'handoff.submitted', data }], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'handoff', entityId: id, changes: { status: [row.status, to] } }, now);
    await notifyHandoff(tx, principal, { kind: 'handoff.submitted', handoff: row, data: { completeness: row.completeness, resubmitted } });
    return id;
  });
}

/** CS decides: accept (an optional note) or return (questions required). */
export async function reviewHandoff(
  db: Db, principal: Principal, id: string, decision: { action: 'accept'; note?: string } | { action: 'return'; questions: string }, now: Date,
): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const { row, to } = await handoffFor(tx, ws, id, decision.action);
    const note = decision.action === 'return' ? decision.questions : (decision.note?.trim() || null);
    await updateHandoffRow(tx, ws, id, { status: to, reviewerId: principal.userId, reviewedAt: now, reviewNote: note, updatedAt: now });
    const event = decision.action === 'return' ? 'handoff.returned' : 'handoff.accepted';
    const data = { handoffId: id, completeness: row.completeness, ...(note ? { note } : {}) };
    await recordSystemEvents(tx, ws, principal.userId, [{ accountId: row.accountId, event, data }], now);
    await recordAudit(tx, principal, { action: 'update', entity: 'handoff', entityId: id, changes: { status: [row.status, to], reviewNote: note } }, now);
    await notifyHandoff(tx, principal, { kind: event, handoff: row, data: note ? { note } : {} });
    return id;
  });
}
