/** HTTP shapes of mail settings, email templates and the delivery log (issue 5). */
import { z } from '@hono/zod-openapi';

const LOCALES = ['ja', 'en'] as const;

export const MailSettings = z.object({
  configured: z.boolean(),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  secure: z.boolean(),
  username: z.string().nullable(),
  /** the password itself is never returned */
  hasPassword: z.boolean(),
  /** a password is stored but this server cannot read it (saved with another KIZUNA_SECRET_KEY): enter it again */
  passwordUnreadable: z.boolean(),
  fromAddress: z.string().nullable(),
  fromName: z.string().nullable(),
  updatedAt: z.string().nullable(),
}).openapi('MailSettings');
export type MailSettings = z.infer<typeof MailSettings>;

export const MailSettingsInput = z.object({
  host: z.string().trim().min(1, 'host is required').max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean().default(false).openapi({ description: 'TLS from the start (usually port 465); otherwise STARTTLS when offered' }),
  username: z.string().trim().max(255).nullable().optional(),
  password: z.string().max(1000).nullable().optional()
    .openapi({ description: 'omit to keep the stored password, null to remove it' }),
  fromAddress: z.email('fromAddress must be an email address').max(320),
  fromName: z.string().trim().max(200).nullable().optional(),
}).openapi('MailSettingsInput');
export type MailSettingsInput = z.infer<typeof MailSettingsInput>;

export const TestMailInput = z.object({
  to: z.email('to must be an email address').max(320),
  locale: z.enum(LOCALES).default('ja'),
}).openapi('TestMailInput');

export const TestWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2000),
  text: z.string().trim().min(1).max(2000).optional().openapi({ description: 'default: a short test message' }),
}).openapi('TestWebhookInput');

export const TestMailResult = z.object({ ok: z.boolean(), error: z.string().nullable() }).openapi('TestMailResult');

export const EmailTemplate = z.object({
  id: z.uuid(),
  name: z.string(),
  locale: z.enum(LOCALES),
  subject: z.string(),
  body: z.string(),
  /** fields used that Kizuna does not fill (they render empty) */
  unknownFields: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('EmailTemplate');
export type EmailTemplate = z.infer<typeof EmailTemplate>;

export const EmailTemplateInput = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  locale: z.enum(LOCALES),
  subject: z.string().trim().min(1, 'subject is required').max(300),
  body: z.string().min(1, 'body is required').max(20_000),
}).openapi('EmailTemplateInput');
export type EmailTemplateInput = z.infer<typeof EmailTemplateInput>;

export const PreviewInput = z.object({
  subject: z.string().max(300),
  body: z.string().max(20_000),
  locale: z.enum(LOCALES),
  accountId: z.uuid().optional().openapi({ description: 'default: the account with the highest MRR' }),
}).openapi('TemplatePreviewInput');

export const Preview = z.object({
  subject: z.string(),
  body: z.string(),
  account: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  unknownFields: z.array(z.string()),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
}).openapi('TemplatePreview');

export const OutboxStatus = z.enum(['pending', 'sent', 'dead']);

export const OutboxItem = z.object({
  id: z.uuid(),
  kind: z.enum(['email', 'webhook']),
  target: z.string(),
  /** email subject, or the webhook's `text` when it has one */
  summary: z.string().nullable(),
  status: OutboxStatus,
  /** pending only: why it has not gone yet (mail_not_configured, retrying) */
  waiting: z.enum(['mail_not_configured', 'retrying', 'queued']).nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  accountId: z.uuid().nullable(),
  accountName: z.string().nullable(),
  playbookRunId: z.uuid().nullable(),
}).openapi('OutboxItem');
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxQuery = z.object({
  status: OutboxStatus.optional(),
  kind: z.enum(['email', 'webhook']).optional(),
  accountId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  format: z.enum(['json', 'csv']).default('json'),
});

export const OutboxList = z.object({
  items: z.array(OutboxItem),
  counts: z.object({ pending: z.number().int(), sent: z.number().int(), dead: z.number().int() }),
  mailConfigured: z.boolean(),
}).openapi('OutboxList');
