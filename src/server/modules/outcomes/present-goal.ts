/** Goals as the API shows them: progress from baseline to target and the flags that ask for attention. */
import { GoalBinding } from '../../../domain/outcomes/goal-binding.js';
import type { GoalStatus } from '../../../domain/outcomes/goal-fields.js';
import {
  displayProgress, goalProgress, isAtRisk, isDueSoon, isProgressStale, isReviewOverdue,
} from '../../../domain/outcomes/goal-progress.js';
import type { Goal, Review } from './schema.js';
import type { GoalEntry, ReviewEntry } from './goal-store.js';

/** The UTC calendar day of an instant, 'YYYY-MM-DD'. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

export function presentGoal(entry: GoalEntry, today: string): Goal {
  const status = entry.status as GoalStatus;
  const binding = entry.binding === null ? null : GoalBinding.safeParse(entry.binding).data ?? null;
  const progress = goalProgress(entry);
  return {
    ...entry,
    status,
    binding,
    progress: progress === null ? null : Math.round(progress * 10) / 10,
    progressDisplay: displayProgress(progress),
    flags: {
      reviewOverdue: isReviewOverdue({ status, nextReviewOn: entry.nextReviewOn }, today),
      dueSoon: isDueSoon({ status, dueOn: entry.dueOn }, today),
      atRisk: isAtRisk({ status, progress, startedOn: entry.createdAt.slice(0, 10), dueOn: entry.dueOn }, today),
      stale: isProgressStale({ bound: binding !== null, currentAt: entry.currentAt, status }, today),
    },
  };
}

export function presentReview(entry: ReviewEntry): Review {
  return entry;
}
