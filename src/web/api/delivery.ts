/**
 * Client and shapes for mail and webhook delivery (src/server/modules/delivery): the
 * workspace's SMTP settings (the password is write-only), email templates with a preview,
 * and the outbox log with "retry now".
 */
import { request } from './http';

export type MailLocale = 'ja' | 'en';

export interface MailSettings {
  configured: boolean;
  host: string | null;
  port: number | null;
  secure: boolean;
  username: string | null;
  hasPassword: boolean;
  /** stored, but sealed with a KIZUNA_SECRET_KEY this server does not have: it must be entered again */
  passwordUnreadable: boolean;
  fromAddress: string | null;
  fromName: string | null;
  updatedAt: string | null;
}

export interface MailSettingsInput {
  host: string;
  port: number;
  secure: boolean;
  username: string | null;
  /** omit to keep the stored password, null to remove it */
  password?: string | null;
  fromAddress: string;
  fromName: string | null;
}

export interface EmailTemplate {
  id: string;
  name: string;
  locale: MailLocale;
  subject: string;
  body: string;
  unknownFields: string[];
  createdAt: string;
  updatedAt: string;
}

export interface EmailTemplateInput {
  name: string;
  locale: MailLocale;
  subject: string;
  body: string;
}

export interface TemplatePreview {
  subject: string;
  body: string;
  account: { id: string; name: string } | null;
  unknownFields: string[];
  fields: Record<string, string | number | null>;
}

export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxItem {
  id: string;
  kind: 'email' | 'webhook';
  target: string;
  summary: string | null;
  status: OutboxStatus;
  waiting: 'mail_not_configured' | 'retrying' | 'queued' | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  accountId: string | null;
  accountName: string | null;
  playbookRunId: string | null;
}

export interface OutboxList {
  items: OutboxItem[];
  counts: Record<OutboxStatus, number>;
  mailConfigured: boolean;
}

export const deliveryApi = {
  mailSettings: () => request<MailSettings>('GET', '/delivery/mail-settings'),
  saveMailSettings: (input: MailSettingsInput) => request<MailSettings>('PUT', '/delivery/mail-settings', { json: input }),
  removeMailSettings: () => request<void>('DELETE', '/delivery/mail-settings'),
  testMail: (to: string, locale: MailLocale) => request<{ ok: boolean; error: string | null }>('POST', '/delivery/mail-settings/test', { json: { to, locale } }),
  templates: () => request<{ items: EmailTemplate[] }>('GET', '/email-templates'),
  createTemplate: (input: EmailTemplateInput) => request<EmailTemplate>('POST', '/email-templates', { json: input }),
  updateTemplate: (id: string, input: Partial<EmailTemplateInput>) => request<EmailTemplate>('PATCH', `/email-templates/${id}`, { json: input }),
  deleteTemplate: (id: string) => request<void>('DELETE', `/email-templates/${id}`),
  preview: (input: { subject: string; body: string; locale: MailLocale; accountId?: string }) =>
    request<TemplatePreview>('POST', '/email-templates/preview', { json: input }),
  outbox: (query: { status?: OutboxStatus; kind?: 'email' | 'webhook'; accountId?: string; limit?: number }) =>
    request<OutboxList>('GET', '/delivery/outbox', { query }),
  retry: (id: string) => request<OutboxItem>('POST', `/delivery/outbox/${id}/retry`),
  testWebhook: (url: string, locale: MailLocale) => request<OutboxItem>('POST', '/delivery/webhook-test', { json: { url, locale } }),
};

export const deliveryKeys = {
  all: ['delivery'] as const,
  mailSettings: () => ['delivery', 'mail-settings'] as const,
  templates: () => ['delivery', 'templates'] as const,
  outbox: (query: object) => ['delivery', 'outbox', query] as const,
};
