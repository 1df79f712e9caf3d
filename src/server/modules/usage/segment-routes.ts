/**
 * The Segment-compatible tracking API, mounted at /v1 so that Segment's (and RudderStack's)
 * SDKs and pipelines can point at Kizuna unchanged: POST /v1/batch, /v1/track, /v1/page,
 * /v1/screen, /v1/identify, /v1/group. The write key is an ingest (or full) API key sent as
 * HTTP basic auth with an empty password (app.ts resolves it). 200 answers
 * {"success": true, …}; 400 is a body the SDKs should drop; 429 with Retry-After asks them to
 * retry later; 5xx they retry with the same messageIds, which count once.
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../app-router.js';
import { AppError } from '../../errors.js';
import type { AppEnv } from '../../http/env.js';
import { guardedRoute, jsonResponse, principalOf } from '../../http/route.js';
import type { EventType } from '../../../domain/usage/normalize-event.js';
import { ingestMessages } from './ingest-messages.js';
import { readSegmentBody } from './read-segment-body.js';

const tags = ['ingestion'];
const DEFAULT_MAX_IN_FLIGHT = 16;

const IngestReport = z.object({
  success: z.literal(true),
  received: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  unmatched: z.number().int(),
  attached: z.number().int(),
  rejected: z.array(z.object({
    index: z.number().int(), messageId: z.string().nullable(), reason: z.string(), detail: z.string(),
  })),
}).openapi('IngestReport');

const SINGLE_TYPES = ['track', 'page', 'screen', 'identify', 'group'] as const satisfies readonly EventType[];

export function segmentRoutes() {
  const app = newRouter();
  const maxInFlight = Number(process.env.KIZUNA_INGEST_MAX_IN_FLIGHT) || DEFAULT_MAX_IN_FLIGHT;

  const handle = async (c: Context<AppEnv>, read: (body: unknown) => { messages: unknown[]; defaultType?: EventType }) => {
    const load = c.var.deps.ingestLoad;
    if (load.inFlight() >= maxInFlight) {
      throw new AppError('ingest.busy', { detail: 'Too many batches at once; retry shortly.', retryAfterSeconds: 1 });
    }
    load.enter();
    try {
      const receivedAt = c.var.deps.now();
      // (No variable keeps the parsed body: once normalised, it can go.)
      const report = await ingestMessages(c.var.deps.database.db, {
        workspaceId: principalOf(c).workspaceId, ...read(await readSegmentBody(c)), receivedAt, writer: c.var.deps.ingestWriter,
      });
      c.var.deps.health?.poke();
      return c.json(report, 200);
    } finally {
      load.leave();
    }
  };

  app.openapi(guardedRoute('ingest.write', {
    method: 'post', path: '/batch', tags,
    summary: 'Segment-compatible batch: {"batch": [message, …]} of track, page, screen, identify and group calls (≤ 500 KB, ≤ 32 KB each; gzip accepted)',
    responses: { 200: jsonResponse(IngestReport, 'Stored; bad messages are listed in `rejected` with their reason') },
  }), (c) => handle(c, (body) => {
    const batch = typeof body === 'object' && body !== null ? (body as { batch?: unknown }).batch : undefined;
    if (!Array.isArray(batch)) {
      throw new AppError('ingest.bad_body', { detail: 'Send {"batch": [ … ]}.', fields: [{ path: 'batch', message: 'Expected an array of messages.' }] });
    }
    return { messages: batch };
  }));

  for (const type of SINGLE_TYPES) {
    app.openapi(guardedRoute('ingest.write', {
      method: 'post', path: `/${type}`, tags,
      summary: `Segment-compatible ${type} call (one message, ≤ 32 KB; gzip accepted)`,
      responses: { 200: jsonResponse(IngestReport, 'Stored, or rejected with its reason') },
    }), (c) => handle(c, (body) => ({ messages: [body], defaultType: type })));
  }
  return app;
}
