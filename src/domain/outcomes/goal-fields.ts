/**
 * The fields of a success-plan goal that a review with the customer may re-agree, and the
 * before → after record of what one review changed (goal_reviews.changes).
 */
export const GOAL_STATUSES = ['not_started', 'on_track', 'at_risk', 'achieved', 'missed', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Goals that are over: no more reviews are expected and they are not flagged. */
export const CLOSED_STATUSES: ReadonlySet<GoalStatus> = new Set(['achieved', 'missed', 'dropped']);

export const REVIEWABLE_FIELDS = [
  'title', 'metric', 'unit', 'baseline', 'target', 'dueOn', 'status', 'customerOwnerContactId', 'customerOwnerName', 'ownerId',
] as const;
export type ReviewableField = (typeof REVIEWABLE_FIELDS)[number];

export type ReviewableGoal = { [K in ReviewableField]: string | number | null };
export type GoalChanges = Partial<Record<ReviewableField, { from: string | number | null; to: string | number | null }>>;

/**
 * What a review changes: each proposed field whose value differs from the goal as it stands.
 * Fields left out (undefined) are kept; an empty result means the goal was confirmed as it is.
 *
 * @example
 *   diffGoal({ ...goal, target: 40 }, { target: 30, title: goal.title }) // → { target: { from: 40, to: 30 } }
 */
export function diffGoal(current: ReviewableGoal, proposed: Partial<ReviewableGoal>): GoalChanges {
  const changes: GoalChanges = {};
  for (const field of REVIEWABLE_FIELDS) {
    const to = proposed[field];
    if (to === undefined) continue;
    const from = current[field] ?? null;
    if (!sameValue(from, to)) changes[field] = { from, to };
  }
  return changes;
}

function sameValue(a: string | number | null, b: string | number | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return (a ?? null) === (b ?? null);
}
