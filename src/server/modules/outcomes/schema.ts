/** HTTP shapes of success plans (SPEC §3.9, issue 7): goals, measurements, reviews, share links, the public plan. */
import { z } from '@hono/zod-openapi';
import { GoalBinding } from '../../../domain/outcomes/goal-binding.js';
import { GOAL_STATUSES } from '../../../domain/outcomes/goal-fields.js';

const isoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2026-09-30' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const value = z.number().finite().min(-1e12).max(1e12);

export const GoalFields = z.object({
  title: z.string().trim().min(1, 'title is required').max(200),
  metric: z.string().trim().min(1, 'metric is required').max(200)
    .openapi({ description: 'what proves the goal, in the customer\'s words, e.g. 月次レポート作成時間' }),
  unit: optionalText(40).openapi({ description: 'e.g. 時間, %, 件' }),
  baseline: value,
  target: value,
  binding: GoalBinding.nullable().optional()
    .openapi({ description: 'null: progress entered by hand; else the Kizuna measure it follows' }),
  dueOn: isoDate.nullable().optional(),
  customerOwnerContactId: z.uuid().nullable().optional().openapi({ description: 'a contact of the same account' }),
  customerOwnerName: optionalText(200).openapi({ description: 'the customer-side owner when not a contact' }),
  ownerId: z.uuid().nullable().optional().openapi({ description: 'the vendor-side owner, a member of the workspace' }),
  status: z.enum(GOAL_STATUSES).optional(),
  nextReviewOn: isoDate.nullable().optional(),
});

export const CreateGoalInput = GoalFields.extend({
  current: value.nullable().optional().openapi({ description: 'the value measured today, for a goal entered by hand' }),
}).openapi('CreateGoalInput');
export type CreateGoalInput = z.infer<typeof CreateGoalInput>;

export const UpdateGoalInput = GoalFields.partial().openapi('UpdateGoalInput');
export type UpdateGoalInput = z.infer<typeof UpdateGoalInput>;

export const MeasurementInput = z.object({
  day: isoDate.optional().openapi({ description: 'default: today; not in the future' }),
  value,
}).openapi('MeasurementInput');
export type MeasurementInput = z.infer<typeof MeasurementInput>;

export const ReviewInput = z.object({
  reviewedOn: isoDate.optional().openapi({ description: 'default: today; not in the future' }),
  reason: z.string().trim().min(1, 'say why (or that the goal was confirmed)').max(2000),
  changes: GoalFields.omit({ binding: true, nextReviewOn: true }).partial().default({})
    .openapi({ description: 'the fields re-agreed; left out = unchanged' }),
  nextReviewOn: isoDate.nullable().optional().openapi({ description: 'when to review next' }),
}).openapi('ReviewInput');
export type ReviewInput = z.infer<typeof ReviewInput>;

const Flags = z.object({
  reviewOverdue: z.boolean(),
  dueSoon: z.boolean(),
  atRisk: z.boolean(),
  stale: z.boolean().openapi({ description: 'hand-entered progress not updated for 45 days' }),
});

export const Goal = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  accountName: z.string(),
  title: z.string(),
  metric: z.string(),
  unit: z.string().nullable(),
  baseline: z.number(),
  target: z.number(),
  current: z.number().nullable(),
  currentAt: z.string().nullable(),
  binding: GoalBinding.nullable(),
  dueOn: z.string().nullable(),
  customerOwnerContactId: z.uuid().nullable(),
  customerOwnerName: z.string().nullable().openapi({ description: 'the contact\'s name, or the free-text name' }),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  nextReviewOn: z.string().nullable(),
  /** (current − baseline) ÷ (target − baseline) × 100, unclipped */
  progress: z.number().nullable(),
  /** clipped to 0–100, whole percent */
  progressDisplay: z.number().nullable(),
  flags: Flags,
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Goal');
export type Goal = z.infer<typeof Goal>;

export const Measurement = z.object({ day: z.string(), value: z.number(), source: z.enum(['manual', 'bound']) }).openapi('GoalMeasurement');

export const Review = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  goalTitle: z.string(),
  reviewedOn: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  reason: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
}).openapi('GoalReview');
export type Review = z.infer<typeof Review>;

export const GoalDetail = Goal.extend({
  measurements: z.array(Measurement),
  reviews: z.array(Review),
}).openapi('GoalDetail');

export const SuccessPlan = z.object({
  account: z.object({ id: z.uuid(), name: z.string() }),
  today: z.string(),
  goals: z.array(Goal),
  reviews: z.array(Review).openapi({ description: 'every review of the plan\'s goals, latest first' }),
}).openapi('SuccessPlan');

export const GOAL_FILTERS = ['overdue_review', 'at_risk', 'due_soon'] as const;
export const GoalPortfolioQuery = z.object({
  filter: z.enum(GOAL_FILTERS).optional(),
  ownerId: z.uuid().optional(),
});

export const GoalPortfolio = z.object({
  today: z.string(),
  items: z.array(Goal),
  counts: z.object({ all: z.number().int(), overdueReview: z.number().int(), atRisk: z.number().int(), dueSoon: z.number().int() }),
}).openapi('GoalPortfolio');

export const SHARE_LOCALES = ['ja', 'en'] as const;

export const CreateShareInput = z.object({
  locale: z.enum(SHARE_LOCALES),
  expiresInDays: z.number().int().min(1).max(365).nullable().optional().openapi({ description: 'null or left out: no expiry' }),
}).openapi('CreateShareInput');
export type CreateShareInput = z.infer<typeof CreateShareInput>;

export const Share = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  locale: z.enum(SHARE_LOCALES),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastOpenedAt: z.string().nullable(),
  openCount: z.number().int(),
  state: z.enum(['active', 'expired', 'revoked']),
}).openapi('SuccessPlanShare');
export type Share = z.infer<typeof Share>;

export const CreatedShare = Share.extend({
  token: z.string().openapi({ description: 'shown once: only its SHA-256 is stored' }),
  path: z.string().openapi({ description: 'the public page, e.g. /p/kzp_…' }),
}).openapi('CreatedSuccessPlanShare');

export const TokenParam = z.object({ token: z.string().max(200).openapi({ param: { name: 'token', in: 'path' } }) });

const PublicGoal = Goal.pick({
  title: true, metric: true, unit: true, baseline: true, target: true, current: true, currentAt: true, dueOn: true,
  customerOwnerName: true, ownerName: true, status: true, nextReviewOn: true, progress: true, progressDisplay: true,
}).extend({ reviewOverdue: z.boolean() });

export const PublicPlan = z.object({
  locale: z.enum(SHARE_LOCALES),
  vendorName: z.string(),
  accountName: z.string(),
  today: z.string(),
  goals: z.array(PublicGoal),
  reviews: z.array(Review.pick({ goalTitle: true, reviewedOn: true, changes: true, reason: true })),
}).openapi('PublicSuccessPlan');
export type PublicPlan = z.infer<typeof PublicPlan>;
