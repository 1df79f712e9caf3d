/**
 * Reads a Segment-style request body: at most 500 KB as sent, gunzipped when the sender says
 * Content-Encoding: gzip (RudderStack's and PostHog's SDKs do by default), and at most 500 KB
 * once inflated, as Segment's own limit. Too large is a 400, which Segment's SDKs drop rather
 * than retry forever.
 */
import { gunzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { MAX_BATCH_BYTES } from '../../../domain/usage/normalize-event.js';
import { AppError } from '../../errors.js';

export async function readSegmentBody(c: Context): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_BATCH_BYTES) throw tooLarge(declared);
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (raw.length > MAX_BATCH_BYTES) throw tooLarge(raw.length);
  let body: Buffer = raw;
  const encoding = (c.req.header('content-encoding') ?? '').toLowerCase().trim();
  if (encoding === 'gzip') {
    try {
      body = gunzipSync(raw, { maxOutputLength: MAX_BATCH_BYTES });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw tooLarge(MAX_BATCH_BYTES + 1);
      }
      throw new AppError('ingest.bad_body', { detail: 'The body says Content-Encoding: gzip but is not valid gzip.' });
    }
  } else if (encoding !== '' && encoding !== 'identity') {
    throw new AppError('ingest.bad_body', { detail: `Content-Encoding "${encoding}" is not supported; send gzip or nothing.` });
  }
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new AppError('ingest.bad_body', { detail: 'The body is not valid JSON.' });
  }
}

function tooLarge(bytes: number): AppError {
  return new AppError('ingest.batch_too_large', {
    detail: `The body is ${bytes} bytes; a batch may be at most ${MAX_BATCH_BYTES} bytes (32 KB per event).`,
  });
}
