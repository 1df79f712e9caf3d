/** Zod shapes of survey distribution: choosing recipients, the recipients list, sending, reminding, response rates. */
import { z } from '@hono/zod-openapi';
import { CONTACT_LEVELS, CONTACT_ROLES } from '../../../domain/accounts/fields.js';

const Keys = z.array(z.string().trim().min(1).max(200)).max(200);
const Ids = z.array(z.uuid()).max(5000);

/**
 * Who a survey goes to. Account filters narrow the accounts (all given filters must hold; with
 * no explicit ids, only active accounts); contact filters narrow their contacts. Explicit
 * account or contact ids choose by hand, whatever the account's status.
 */
export const RecipientFilter = z.object({
  accounts: z.object({
    tiers: Keys.optional().openapi({ description: 'touch-tier keys' }),
    phases: Keys.optional().openapi({ description: 'phase keys' }),
    plans: Keys.optional(),
    ownerIds: Ids.optional(),
    accountIds: Ids.optional(),
  }).default({}),
  contacts: z.object({
    levels: z.array(z.enum(CONTACT_LEVELS)).max(10).optional(),
    roles: z.array(z.enum(CONTACT_ROLES)).max(10).optional(),
    contactIds: Ids.optional(),
  }).default({}),
  language: z.enum(['ja', 'en']).optional().openapi({ description: "the invitation's language; default: the survey's first language" }),
}).openapi('SurveyRecipientFilter');
export type RecipientFilter = z.infer<typeof RecipientFilter>;

export const RecipientSelection = z.object({
  /** contacts matching the filters, with or without an email */
  matched: z.number().int(),
  /** new recipients (or, in a preview, those that would be added) */
  added: z.number().int(),
  /** already recipients of this survey: left as they are */
  alreadyIncluded: z.number().int(),
  /** matching contacts without an email: no invitation could reach them */
  skippedNoEmail: z.number().int(),
  /** accounts behind the added recipients */
  accounts: z.number().int(),
}).openapi('SurveyRecipientSelection');

export const Recipient = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  contactName: z.string(),
  email: z.string().nullable(),
  accountId: z.uuid(),
  accountName: z.string(),
  language: z.enum(['ja', 'en']),
  invitedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
  reminderCount: z.number().int(),
  firstOpenedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
}).openapi('SurveyRecipient');

export const RecipientCounts = z.object({
  recipients: z.number().int(),
  invited: z.number().int(),
  opened: z.number().int(),
  responded: z.number().int(),
  /** invited recipients who have not answered and could be reminded now (invited ≥ 1 day ago, not reminded within a day) */
  remindable: z.number().int(),
  /** recipients not yet invited who have an email */
  sendable: z.number().int(),
});

export const RecipientList = z.object({
  survey: z.object({
    id: z.uuid(), name: z.string(), status: z.enum(['draft', 'open', 'closed']),
    languages: z.array(z.enum(['ja', 'en'])), remindAfterDays: z.number().int().nullable(), closesAt: z.string().nullable(),
  }),
  counts: RecipientCounts,
  items: z.array(Recipient),
  nextCursor: z.string().nullable(),
}).openapi('SurveyRecipientList');

export const RecipientListQuery = z.object({
  status: z.enum(['all', 'not_invited', 'invited', 'opened', 'responded', 'not_responded']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});

export const SendResult = z.object({
  /** invitations (or reminders) queued */
  queued: z.number().int(),
  /** recipients passed over because their contact has no email */
  skippedNoEmail: z.number().int(),
}).openapi('SurveySendResult');

export const SEGMENT_DIMENSIONS = ['tier', 'phase', 'plan', 'size', 'industry', 'owner'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];

const Interval = z.object({ value: z.number(), low: z.number(), high: z.number(), n: z.number().int() });

export const RateRow = z.object({
  /** the segment's key (tier key, phase key, plan, size band, industry, owner id); null = not set */
  key: z.string().nullable(),
  /** the name to show (tier or phase name, owner name); null = use the key */
  label: z.string().nullable(),
  recipients: z.number().int(),
  invited: z.number().int(),
  opened: z.number().int(),
  responded: z.number().int(),
  /** invited who answered ÷ invited; null when nobody was invited */
  rate: z.number().nullable(),
  /** 95% Wilson score interval of the rate */
  interval: Interval.nullable(),
});

export const ResponseRates = z.object({
  by: z.enum(SEGMENT_DIMENSIONS).nullable(),
  total: RateRow,
  segments: z.array(RateRow),
}).openapi('SurveyResponseRates');

export const ResponseRatesQuery = z.object({ by: z.enum(SEGMENT_DIMENSIONS).optional() });

export const RecipientIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
