/**
 * /api/v1/billing — the Stripe webhook endpoint (public: its authentication is the signature),
 * the workspace's Stripe connection and received events (admins), and the subscription-history
 * CSV import. Thin: parse, authorise (by the route guard), call one use case, present.
 */
import { bodyLimit } from 'hono/body-limit';
import { newRouter } from '../../app-router.js';
import { guardedRoute, jsonBody, jsonResponse, principalOf, publicRoute } from '../../http/route.js';
import { decodeCursor, encodeCursor } from '../../http/pagination.js';
import { importSubscriptionHistory } from './import-subscription-history.js';
import { receiveStripeEvent } from './receive-stripe-event.js';
import { removeStripeConnection, retryUnmatchedEvents, setStripeSigningSecret } from './billing-admin.js';
import {
  BillingEventList, HistoryImportQuery, HistoryImportReport, ListBillingEventsQuery, RetryResult, SetStripeSecretInput,
  StripeConnection, WebhookParams, WebhookReceipt,
} from './schema.js';
import { findConnection, listBillingEvents, type BillingEventRow, type BillingEventStatus } from './store.js';

const tags = ['billing'];
/** Stripe events are a few kilobytes; a megabyte leaves room for a subscription with many items. */
const WEBHOOK_MAX_BYTES = 1 << 20;
const HISTORY_MAX_BYTES = 50 << 20;

export function billingRoutes() {
  const app = newRouter();

  app.openapi(publicRoute({
    method: 'post', path: '/billing/stripe/webhook/{workspaceId}', tags,
    summary: "Stripe webhook endpoint: customer.subscription.* events, authenticated by the Stripe-Signature header with the workspace's signing secret",
    request: { params: WebhookParams },
    middleware: [bodyLimit({ maxSize: WEBHOOK_MAX_BYTES })],
    responses: { 200: jsonResponse(WebhookReceipt, 'Received (applied, ignored, kept as unmatched, rejected, or a repeat)') },
  }), async (c) => {
    const received = await receiveStripeEvent(c.var.deps.database.db, {
      workspaceId: c.req.valid('param').workspaceId,
      rawBody: await c.req.text(), // the signature covers the exact bytes: read them before any JSON parsing
      signature: c.req.header('stripe-signature'),
      now: c.var.deps.now(),
    });
    return c.json({ received: true as const, ...received }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'get', path: '/billing/stripe', tags, summary: 'The Stripe connection (the signing secret is never returned)',
    responses: { 200: jsonResponse(StripeConnection, 'The connection') },
  }), async (c) => {
    const ws = principalOf(c).workspaceId;
    return c.json(presentConnection(ws, await findConnection(c.var.deps.database.db, ws, 'stripe')), 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'put', path: '/billing/stripe', tags, summary: "Set the Stripe webhook endpoint's signing secret",
    request: { body: jsonBody(SetStripeSecretInput) },
    responses: { 200: jsonResponse(StripeConnection, 'The connection') },
  }), async (c) => {
    const p = principalOf(c);
    const { db } = c.var.deps.database;
    await setStripeSigningSecret(db, p, c.req.valid('json').signingSecret, c.var.deps.now());
    return c.json(presentConnection(p.workspaceId, await findConnection(db, p.workspaceId, 'stripe')), 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'delete', path: '/billing/stripe', tags, summary: 'Disconnect Stripe: deliveries are refused from now on',
    responses: { 204: { description: 'Disconnected (or was not connected)' } },
  }), async (c) => {
    await removeStripeConnection(c.var.deps.database.db, principalOf(c), c.var.deps.now());
    return c.body(null, 204);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'get', path: '/billing/events', tags, summary: 'Billing events received, newest first (status=unmatched: waiting for an account)',
    request: { query: ListBillingEventsQuery },
    responses: { 200: jsonResponse(BillingEventList, 'Events') },
  }), async (c) => {
    const { status, limit, cursor } = c.req.valid('query');
    const decoded = cursor ? decodeCursor(cursor) : null;
    const rows = await listBillingEvents(c.var.deps.database.db, principalOf(c).workspaceId, {
      status, limit: limit + 1, before: decoded ? { occurredAt: new Date(String(decoded.value)), eventId: decoded.id } : undefined,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ value: last.occurredAt.toISOString(), id: last.eventId }) : null;
    return c.json({ items: page.map(presentEvent), nextCursor }, 200);
  });

  app.openapi(guardedRoute('workspace.admin', {
    method: 'post', path: '/billing/events/retry', tags, summary: 'Apply unmatched events whose customer id an account now carries',
    responses: { 200: jsonResponse(RetryResult, 'What was applied') },
  }), async (c) => c.json(await retryUnmatchedEvents(c.var.deps.database.db, principalOf(c), c.var.deps.now()), 200));

  app.openapi(guardedRoute('import.run', {
    method: 'post', path: '/billing/subscription-history/import', tags,
    summary: 'Import subscription history from CSV (body: the file, UTF-8 or Shift_JIS): one row per dated change of a line',
    request: { query: HistoryImportQuery },
    middleware: [bodyLimit({ maxSize: HISTORY_MAX_BYTES })],
    responses: { 200: jsonResponse(HistoryImportReport, 'What was (or, with dryRun, would be) imported, with every row error') },
  }), async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const dryRun = c.req.valid('query').dryRun === 'true';
    return c.json(await importSubscriptionHistory(c.var.deps.database.db, principalOf(c), bytes, { dryRun, now: c.var.deps.now() }), 200);
  });

  return app;
}

function presentConnection(workspaceId: string, row: { secretEnd: string | null; secretUnreadable: boolean; updatedAt: Date } | null) {
  return {
    configured: row !== null, secretEnd: row?.secretEnd ?? null, secretUnreadable: row?.secretUnreadable ?? false,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    webhookPath: `/api/v1/billing/stripe/webhook/${workspaceId}`,
  };
}

function presentEvent(r: BillingEventRow) {
  return {
    eventId: r.eventId, provider: r.provider, type: r.type, status: r.status as BillingEventStatus,
    reason: r.reason, customerId: r.customerId, subscriptionRef: r.subscriptionRef, accountId: r.accountId, warnings: r.warnings,
    occurredAt: r.occurredAt.toISOString(), receivedAt: r.receivedAt.toISOString(), appliedAt: r.appliedAt?.toISOString() ?? null,
  };
}
