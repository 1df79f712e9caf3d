/** SQL for saved maturity assessments: workspace id first in every query. */
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import { maturityAssessments } from '../../db/schema/outcomes.js';
import { users } from '../../db/schema/index.js';

export type AssessmentRow = typeof maturityAssessments.$inferSelect;
export type AssessmentWithAuthor = AssessmentRow & { authorName: string | null };

export async function insertAssessment(tx: Tx, row: typeof maturityAssessments.$inferInsert): Promise<void> {
  await tx.insert(maturityAssessments).values(row);
}

const selection = {
  workspaceId: maturityAssessments.workspaceId,
  id: maturityAssessments.id,
  assessedOn: maturityAssessments.assessedOn,
  questionnaireVersion: maturityAssessments.questionnaireVersion,
  answers: maturityAssessments.answers,
  scores: maturityAssessments.scores,
  total: maturityAssessments.total,
  evidence: maturityAssessments.evidence,
  note: maturityAssessments.note,
  authorId: maturityAssessments.authorId,
  createdAt: maturityAssessments.createdAt,
  authorName: users.name,
};

/** Newest first: by the day assessed, then by when it was saved. */
export async function listAssessments(tx: Tx, workspaceId: string): Promise<AssessmentWithAuthor[]> {
  return tx.select(selection).from(maturityAssessments)
    .leftJoin(users, eq(users.id, maturityAssessments.authorId))
    .where(eq(maturityAssessments.workspaceId, workspaceId))
    .orderBy(desc(maturityAssessments.assessedOn), desc(maturityAssessments.createdAt))
    .limit(500);
}

export async function findAssessment(tx: Tx, workspaceId: string, id: string): Promise<AssessmentWithAuthor | null> {
  const [row] = await tx.select(selection).from(maturityAssessments)
    .leftJoin(users, eq(users.id, maturityAssessments.authorId))
    .where(and(eq(maturityAssessments.workspaceId, workspaceId), eq(maturityAssessments.id, id)));
  return row ?? null;
}

export async function deleteAssessmentRow(tx: Tx, workspaceId: string, id: string): Promise<AssessmentRow | null> {
  const [row] = await tx.delete(maturityAssessments)
    .where(and(eq(maturityAssessments.workspaceId, workspaceId), eq(maturityAssessments.id, id)))
    .returning();
  return row ?? null;
}
