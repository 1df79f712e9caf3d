/** Writes the demo workspace's past self-assessments (domain/demo/generate-assessments.ts); used by the demo loader. */
import type { Tx } from '../../db/connect.js';
import { maturityAssessments } from '../../db/schema/outcomes.js';
import type { DemoAssessment } from '../../../domain/demo/generate-assessments.js';

/** Saved by `authorId` at 10:00 Japan time on the day assessed; no evidence snapshot (they predate the load). */
export async function insertDemoAssessments(tx: Tx, workspaceId: string, authorId: string, rows: readonly DemoAssessment[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(maturityAssessments).values(rows.map((a) => ({
    workspaceId, id: a.id, assessedOn: a.assessedOn, questionnaireVersion: a.questionnaireVersion, answers: a.answers,
    scores: a.scores, total: a.total, evidence: {}, note: a.note, authorId, createdAt: new Date(`${a.assessedOn}T10:00:00+09:00`),
  })));
}
