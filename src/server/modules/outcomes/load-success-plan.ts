/** One account's success plan as shown in the app, on the print page and (trimmed) on the public page. */
import type { Tx } from '../../db/connect.js';
import { notFound } from '../../errors.js';
import { findAccount } from '../accounts/store.js';
import { goalsOfAccount, selectReviews } from './goal-store.js';
import { dayOf, presentGoal, presentReview } from './present-goal.js';
import type { Goal, Review } from './schema.js';

export interface SuccessPlanView {
  account: { id: string; name: string };
  today: string;
  goals: Goal[];
  reviews: Review[];
}

export async function loadSuccessPlan(tx: Tx, workspaceId: string, accountId: string, now: Date): Promise<SuccessPlanView> {
  const account = await findAccount(tx, workspaceId, accountId);
  if (!account) throw notFound('account.not_found', accountId);
  const today = dayOf(now);
  const [goals, reviews] = [await goalsOfAccount(tx, workspaceId, accountId), await selectReviews(tx, workspaceId, { accountId })];
  return {
    account: { id: accountId, name: account.row.name },
    today,
    goals: goals.map((g) => presentGoal(g, today)),
    reviews: reviews.map(presentReview),
  };
}
