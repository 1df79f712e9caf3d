/** HTTP shapes of billing: the Stripe connection, received billing events, the history import report. */
import { z } from '@hono/zod-openapi';
import { ROW_ISSUE_CODES } from '../../../domain/imports/import-kinds.js';
import { BILLING_EVENT_STATUSES } from './store.js';

export const WebhookParams = z.object({
  workspaceId: z.uuid().openapi({ param: { name: 'workspaceId', in: 'path' }, description: 'the workspace whose signing secret signs the events' }),
});

export const WebhookReceipt = z.object({
  received: z.literal(true),
  eventId: z.string(),
  outcome: z.enum([...BILLING_EVENT_STATUSES, 'duplicate']).openapi({ description: 'duplicate: this event id was received before and changed nothing now' }),
}).openapi('WebhookReceipt');

export const StripeConnection = z.object({
  configured: z.boolean(),
  secretEnd: z.string().nullable().openapi({ description: 'the last four characters of the signing secret, to tell secrets apart; the secret itself is never returned' }),
  secretUnreadable: z.boolean().openapi({ description: 'a secret is stored, sealed with a KIZUNA_SECRET_KEY this server does not have: enter it again' }),
  updatedAt: z.string().nullable(),
  webhookPath: z.string().openapi({ description: 'the path to give Stripe as the endpoint URL, after this server\'s address' }),
}).openapi('StripeConnection');

export const SetStripeSecretInput = z.object({
  signingSecret: z.string().trim().regex(/^whsec_[A-Za-z0-9+/=_-]{16,200}$/, 'a Stripe webhook signing secret, starting with whsec_')
    .openapi({ description: "the endpoint's signing secret from Stripe (Developers → Webhooks → the endpoint → Signing secret)" }),
}).openapi('SetStripeSecretInput');

export const BillingEvent = z.object({
  eventId: z.string(),
  provider: z.string(),
  type: z.string(),
  status: z.enum(BILLING_EVENT_STATUSES),
  reason: z.string().nullable(),
  customerId: z.string().nullable(),
  subscriptionRef: z.string().nullable().openapi({ description: 'the billing system\'s subscription id (Stripe sub_…)' }),
  accountId: z.string().nullable(),
  warnings: z.array(z.string()),
  occurredAt: z.string(),
  receivedAt: z.string(),
  appliedAt: z.string().nullable(),
}).openapi('BillingEvent');

export const ListBillingEventsQuery = z.object({
  status: z.enum(BILLING_EVENT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});

export const BillingEventList = z.object({ items: z.array(BillingEvent), nextCursor: z.string().nullable() }).openapi('BillingEventList');

export const RetryResult = z.object({
  applied: z.number().int().openapi({ description: 'events applied now' }),
  stillUnmatched: z.array(z.string()).openapi({ description: 'customer ids that still match no account' }),
}).openapi('BillingRetryResult');

export const HistoryImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'true: check and count, write nothing' }),
});

const RowIssue = z.object({ row: z.number().int(), column: z.string().nullable(), code: z.enum(ROW_ISSUE_CODES), message: z.string() });

export const HistoryImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int().openapi({ description: 'data rows in the file' }),
  lines: z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  events: z.object({
    inserted: z.number().int(),
    unchanged: z.number().int().openapi({ description: 'rows whose state was already recorded for that line and date' }),
    superseded: z.number().int().openapi({ description: 'rows replaced by a later row of the same line and date' }),
  }),
  failedRows: z.number().int(),
  skippedRows: z.number().int().openapi({ description: 'good rows left out because another row of their subscription failed' }),
  issues: z.array(RowIssue),
  mapping: z.record(z.string(), z.string().nullable()).openapi({ description: 'which field each column was read as (null: not read)' }),
}).openapi('SubscriptionHistoryImportReport');
export type HistoryImportReport = z.infer<typeof HistoryImportReport>;
