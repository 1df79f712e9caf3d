/**
 * Saving and deleting a maturity self-assessment: the answers are scored against the current
 * questionnaire, the evidence from Kizuna's data is snapshotted beside them, and the write and
 * its audit row share one transaction. An assessment is about the workspace, not an account,
 * so it leaves no timeline entry.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import { AppError, notFound } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { buildEvidence, type Evidence } from '../../../domain/maturity/evidence.js';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire.js';
import { scoreAssessment } from '../../../domain/maturity/score-assessment.js';
import { recordAudit } from '../audit/store.js';
import { loadHealthSettings } from '../health/scorecard-store.js';
import { deleteAssessmentRow, insertAssessment } from './assessment-store.js';
import { gatherEvidenceCounts } from './evidence-store.js';
import type { SaveAssessmentInput } from './schema.js';

const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The evidence from the workspace's data as of `now`. */
export async function currentEvidence(tx: Tx, workspaceId: string, now: Date): Promise<Evidence> {
  const settings = await loadHealthSettings(tx, workspaceId);
  return buildEvidence(await gatherEvidenceCounts(tx, workspaceId, { now, sentimentStaleDays: settings.sentimentStaleDays }));
}

export async function saveAssessment(db: Db, principal: Principal, input: SaveAssessmentInput, now: Date): Promise<string> {
  const assessedOn = input.assessedOn ?? dayOf(now);
  // The browser sends its own calendar day; the zone furthest ahead is UTC+14.
  if (assessedOn > dayOf(new Date(now.getTime() + 14 * 3_600_000))) {
    throw new AppError('request.invalid', { detail: 'An assessment cannot describe a future day.', fields: [{ path: 'assessedOn', message: 'is in the future' }] });
  }
  const result = scoreAssessment(QUESTIONNAIRE, input.answers);
  if (!result.ok) {
    throw new AppError('assessment.bad_answers', { detail: 'Every question needs exactly one of its options.', fields: result.issues });
  }
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await insertAssessment(tx, {
      workspaceId: ws, id, assessedOn, questionnaireVersion: QUESTIONNAIRE.version, answers: input.answers,
      scores: result.scores, total: result.total, evidence: await currentEvidence(tx, ws, now),
      note: input.note ? input.note : null, authorId: principal.userId, createdAt: now,
    });
    await recordAudit(tx, principal, {
      action: 'create', entity: 'maturity_assessment', entityId: id,
      changes: { assessedOn, total: result.total, questionnaireVersion: QUESTIONNAIRE.version },
    }, now);
    return id;
  });
}

export async function deleteAssessment(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await deleteAssessmentRow(tx, principal.workspaceId, id);
    if (!deleted) throw notFound('assessment.not_found', id);
    await recordAudit(tx, principal, {
      action: 'delete', entity: 'maturity_assessment', entityId: id, changes: { assessedOn: deleted.assessedOn, total: deleted.total },
    }, now);
  });
}
