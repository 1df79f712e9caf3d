/** Mail settings, email templates and the delivery log (settings tab "配信 / Delivery"). */
import { z } from '@hono/zod-openapi';
import { newRouter } from '../../app-router.js';
import { guardedRoute, IdParam, jsonBody, jsonResponse, principalOf } from '../../http/route.js';
import { notFound } from '../../errors.js';
import { readMailSettings, removeMailSettings, saveMailSettings, sendTestMail } from './mail-settings-commands.js';
import { createTemplate, editTemplate, previewTemplate, removeTemplate } from './template-commands.js';
import { selectTemplates } from './template-store.js';
import { listOutbox, outboxCsv, queueTestWebhook, retryOutbox } from './outbox-commands.js';
import { csvResponse } from '../metrics/csv.js';
import {
  EmailTemplate, EmailTemplateInput, MailSettings, MailSettingsInput, OutboxItem, OutboxList, OutboxQuery, Preview, PreviewInput,
  TestMailInput, TestMailResult, TestWebhookInput,
} from './schema.js';

const tags = ['delivery'];

export function deliveryRoutes() {
  const app = newRouter();

  app.openapi(guardedRoute('journey.configure', {
    method: 'get', path: '/delivery/mail-settings', tags, summary: "The workspace's SMTP settings (never the password)",
    responses: { 200: jsonResponse(MailSettings, 'The settings; configured = false when none are saved') },
  }), async (c) => c.json(await readMailSettings(c.var.deps.database.db, principalOf(c).workspaceId), 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'put', path: '/delivery/mail-settings', tags, summary: 'Save the SMTP settings (omit password to keep it)',
    request: { body: jsonBody(MailSettingsInput) },
    responses: { 200: jsonResponse(MailSettings, 'The saved settings') },
  }), async (c) => c.json(await saveMailSettings(c.var.deps.database.db, principalOf(c), c.req.valid('json'), c.var.deps.now()), 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/delivery/mail-settings', tags, summary: 'Remove the SMTP settings: emails wait until new ones are saved',
    responses: { 204: { description: 'Removed' } },
  }), async (c) => {
    await removeMailSettings(c.var.deps.database.db, principalOf(c), c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/delivery/mail-settings/test', tags, summary: 'Send a test mail now with the saved settings',
    request: { body: jsonBody(TestMailInput) },
    responses: { 200: jsonResponse(TestMailResult, "Whether the server accepted it, with its answer if not") },
  }), async (c) => {
    const { to, locale } = c.req.valid('json');
    return c.json(await sendTestMail(c.var.deps.database.db, principalOf(c).workspaceId, to, locale), 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/delivery/webhook-test', tags, summary: 'Queue a test post to a webhook URL (sent, retried and logged like any other)',
    request: { body: jsonBody(TestWebhookInput.extend({ locale: z.enum(['ja', 'en']).default('ja') })) },
    responses: { 201: jsonResponse(OutboxItem, 'The queued message') },
  }), async (c) => {
    const { locale, ...input } = c.req.valid('json');
    return c.json(await queueTestWebhook(c.var.deps.database.db, principalOf(c), input, locale, c.var.deps.now()), 201);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/email-templates', tags, summary: 'Email templates (for playbook emails)',
    responses: { 200: jsonResponse(z.object({ items: z.array(EmailTemplate) }), 'Templates by language and name') },
  }), async (c) => c.json({ items: await selectTemplates(c.var.deps.database.db, principalOf(c).workspaceId) }, 200));

  app.openapi(guardedRoute('data.read', {
    method: 'get', path: '/email-templates/{id}', tags, summary: 'One email template',
    request: { params: IdParam },
    responses: { 200: jsonResponse(EmailTemplate, 'The template') },
  }), async (c) => {
    const id = c.req.valid('param').id;
    const [t] = await selectTemplates(c.var.deps.database.db, principalOf(c).workspaceId, id);
    if (!t) throw notFound('email_template.not_found', id);
    return c.json(t, 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/email-templates', tags, summary: 'Create an email template',
    request: { body: jsonBody(EmailTemplateInput) },
    responses: { 201: jsonResponse(EmailTemplate, 'The template') },
  }), async (c) => c.json(await createTemplate(c.var.deps.database.db, principalOf(c), c.req.valid('json'), c.var.deps.now()), 201));

  app.openapi(guardedRoute('journey.configure', {
    method: 'patch', path: '/email-templates/{id}', tags, summary: 'Edit an email template',
    request: { params: IdParam, body: jsonBody(EmailTemplateInput.partial()) },
    responses: { 200: jsonResponse(EmailTemplate, 'The template') },
  }), async (c) => c.json(await editTemplate(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.req.valid('json'), c.var.deps.now()), 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'delete', path: '/email-templates/{id}', tags, summary: 'Delete an email template',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' } },
  }), async (c) => {
    await removeTemplate(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('data.read', {
    method: 'post', path: '/email-templates/preview', tags, summary: 'Render a subject and body for an account (default: the largest), changing nothing',
    request: { body: jsonBody(PreviewInput) },
    responses: { 200: jsonResponse(Preview, 'The rendered text, the fields used and the unknown ones') },
  }), async (c) => c.json(await previewTemplate(c.var.deps.database.db, principalOf(c).workspaceId, c.req.valid('json')), 200));

  app.openapi(guardedRoute('journey.configure', {
    method: 'get', path: '/delivery/outbox', tags, summary: 'The delivery log: emails and webhooks with status, attempts and the last error',
    request: { query: OutboxQuery },
    responses: { 200: { description: 'Newest first, with counts per status (format=csv: the messages as CSV)', content: { 'application/json': { schema: OutboxList }, 'text/csv': { schema: z.string() } } } },
  }), async (c) => {
    const q = c.req.valid('query');
    const list = await listOutbox(c.var.deps.database.db, principalOf(c).workspaceId, q);
    if (q.format === 'csv') return csvResponse(`delivery-log-${c.var.deps.now().toISOString().slice(0, 10)}.csv`, outboxCsv(list.items));
    return c.json(list, 200);
  });

  app.openapi(guardedRoute('journey.configure', {
    method: 'post', path: '/delivery/outbox/{id}/retry', tags, summary: 'Try a pending or dead message again now',
    request: { params: IdParam },
    responses: { 200: jsonResponse(OutboxItem, 'The message, due now') },
  }), async (c) => c.json(await retryOutbox(c.var.deps.database.db, principalOf(c), c.req.valid('param').id, c.var.deps.now()), 200));

  return app;
}
