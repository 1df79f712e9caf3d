/**
 * Writes the demo's success-plan goals (domain/demo/generate-goals.ts) with their measurements
 * and review log in a few multi-row inserts, then lets the goals bound to usage measure
 * themselves as of the demo's today.
 */
import type { Tx } from '../../db/connect.js';
import { goalMeasurements, goalReviews, successGoals } from '../../db/schema/outcomes.js';
import type { DemoGoals } from '../../../domain/demo/generate-goals.js';
import { refreshBoundGoals } from './refresh-bound-goals.js';

const CHUNK = 1000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

export async function insertDemoGoals(tx: Tx, workspaceId: string, demo: DemoGoals, today: string): Promise<void> {
  await inChunks(demo.goals, (chunk) => tx.insert(successGoals).values(chunk.map((g) => ({
    workspaceId, id: g.id, accountId: g.accountId, title: g.title, metric: g.metric, unit: g.unit, baseline: g.baseline,
    target: g.target, current: g.current, currentAt: g.currentAt === null ? null : new Date(g.currentAt), binding: g.binding,
    dueOn: g.dueOn, customerOwnerContactId: g.customerOwnerContactId, ownerId: g.ownerId, status: g.status,
    nextReviewOn: g.nextReviewOn, position: g.position, createdAt: new Date(`${g.createdOn}T10:00:00+09:00`),
    updatedAt: new Date(`${g.createdOn}T10:00:00+09:00`),
  }))));
  const authorOf = new Map(demo.goals.map((g) => [g.id, g.ownerId]));
  await inChunks(demo.measurements, (chunk) => tx.insert(goalMeasurements).values(chunk.map((m) => ({
    workspaceId, goalId: m.goalId, day: m.day, value: m.value, source: 'manual', authorId: authorOf.get(m.goalId) ?? null,
    createdAt: new Date(`${m.day}T18:00:00+09:00`),
  }))));
  await inChunks(demo.reviews, (chunk) => tx.insert(goalReviews).values(chunk.map((r) => ({
    workspaceId, id: r.id, goalId: r.goalId, accountId: r.accountId, reviewedOn: r.reviewedOn, changes: r.changes,
    reason: r.reason, authorId: r.authorId, createdAt: new Date(`${r.reviewedOn}T17:00:00+09:00`),
  }))));
  await refreshBoundGoals(tx, workspaceId, undefined, today);
}
