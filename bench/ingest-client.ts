/**
 * The load generator of the ingestion and freshness benches, run as its own process so that
 * building and sending requests never shares the server's event loop:
 *   node --import tsx bench/ingest-client.ts '<ClientConfig as JSON>'
 * It sends track calls to POST /v1/batch with the write key as basic auth, several requests in
 * flight, honouring 429 + Retry-After and retrying 5xx with the same body (as Segment's SDKs
 * do), and prints one JSON line (ClientResult) when done.
 * - burst: events 0…count−1 of the world's replay, batches of at most maxBatchBytes, built
 *   before the clock starts, sent as fast as the server takes them.
 * - paced: live events (timestamp now) at `rate` events/s, sent four times a second in
 *   batches of at most 1,500 events (~450 KB), until SIGTERM or `seconds`.
 */
import { benchEvent, liveEvent, segmentMessage, type UsageWorld } from './usage-events.js';

export interface ClientConfig {
  url: string;
  writeKey: string;
  world: UsageWorld;
  mode: 'burst' | 'paced';
  inFlight: number;
  /** burst: how many events */
  count?: number;
  maxBatchBytes?: number;
  /** paced: events per second, and for how long at most */
  rate?: number;
  seconds?: number;
}

export interface ClientResult {
  events: number;
  stored: number;
  duplicates: number;
  rejected: number;
  requests: number;
  seconds: number;
  /** 429 answers waited out, 5xx or network failures retried, requests given up */
  busy: number;
  retried: number;
  failed: number;
  batchBytes: { min: number; max: number };
}

interface Totals extends Omit<ClientResult, 'seconds' | 'batchBytes'> {
  firstError: string | null;
}

/** ~300 bytes an event: 1,500 stay under Segment's 500 KB. */
const PACED_BATCH_EVENTS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(config: ClientConfig, body: string | Uint8Array<ArrayBuffer>, events: number, totals: Totals): Promise<void> {
  const auth = `Basic ${Buffer.from(`${config.writeKey}:`).toString('base64')}`;
  for (let attempt = 1; ; attempt++) {
    let status = 0;
    let text: string;
    let retryAfter: string | null = null;
    try {
      const res = await fetch(`${config.url}/v1/batch`, {
        method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body,
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (error) {
      text = String(error);
    }
    totals.requests += 1;
    if (status === 200) {
      const report = JSON.parse(text) as { stored: number; duplicates: number; rejected: unknown[] };
      totals.events += events;
      totals.stored += report.stored;
      totals.duplicates += report.duplicates;
      totals.rejected += report.rejected.length;
      return;
    }
    if (status === 429) {
      totals.busy += 1;
      await sleep(1000 * (Number(retryAfter) || 1));
      continue;
    }
    if ((status >= 500 || status === 0) && attempt < 8) {
      totals.retried += 1;
      await sleep(100 * 2 ** attempt);
      continue;
    }
    totals.failed += 1;
    totals.firstError ??= `${status} ${text.slice(0, 300)}`;
    return;
  }
}

/**
 * Consecutive events packed into JSON bodies of at most maxBytes, encoded as UTF-8 before the
 * clock starts: sent as strings, fetch re-encoded each one while the server was being measured.
 */
function buildBodies(config: ClientConfig): { bodies: Uint8Array<ArrayBuffer>[]; counts: number[] } {
  const count = config.count ?? 0;
  const maxBytes = config.maxBatchBytes ?? 480 * 1024;
  const bodies: Uint8Array<ArrayBuffer>[] = [];
  const counts: number[] = [];
  let parts: string[] = [];
  let bytes = 12; // {"batch":[]}
  const flush = () => {
    if (parts.length === 0) return;
    bodies.push(new TextEncoder().encode(`{"batch":[${parts.join(',')}]}`));
    counts.push(parts.length);
    parts = [];
    bytes = 12;
  };
  for (let i = 0; i < count; i++) {
    const json = JSON.stringify(segmentMessage(benchEvent(config.world, i, count)));
    const size = Buffer.byteLength(json) + 1;
    if (bytes + size > maxBytes) flush();
    parts.push(json);
    bytes += size;
  }
  flush();
  return { bodies, counts };
}

async function burst(config: ClientConfig, totals: Totals): Promise<ClientResult> {
  const { bodies, counts } = buildBodies(config);
  const sizes = bodies.map((b) => b.byteLength);
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: config.inFlight }, async () => {
    for (let k = next++; k < bodies.length; k = next++) await post(config, bodies[k] as Uint8Array<ArrayBuffer>, counts[k] as number, totals);
  }));
  return finish(totals, (performance.now() - start) / 1000, { min: Math.min(...sizes), max: Math.max(...sizes) });
}

async function paced(config: ClientConfig, totals: Totals): Promise<ClientResult> {
  const rate = config.rate ?? 1000;
  const tickMs = 250;
  const perTick = Math.max(1, Math.round((rate * tickMs) / 1000));
  const until = performance.now() + (config.seconds ?? 600) * 1000;
  let stopping = false;
  process.on('SIGTERM', () => { stopping = true; });
  const pending = new Set<Promise<void>>();
  let i = 0;
  let bytes = { min: Infinity, max: 0 };
  const start = performance.now();
  for (let tick = 0; !stopping && performance.now() < until; tick++) {
    const now = Date.now();
    for (let sent = 0; sent < perTick; sent += PACED_BATCH_EVENTS) {
      const n = Math.min(PACED_BATCH_EVENTS, perTick - sent);
      const body = JSON.stringify({ batch: Array.from({ length: n }, () => segmentMessage(liveEvent(config.world, i++, now))) });
      bytes = { min: Math.min(bytes.min, body.length), max: Math.max(bytes.max, body.length) };
      // Keep to the schedule; past the in-flight limit, wait (the achieved rate then shows it).
      while (pending.size >= config.inFlight) await Promise.race(pending);
      const request = post(config, body, n, totals).finally(() => pending.delete(request));
      pending.add(request);
    }
    const due = start + (tick + 1) * tickMs;
    if (due > performance.now()) await sleep(due - performance.now());
  }
  await Promise.all(pending);
  return finish(totals, (performance.now() - start) / 1000, bytes);
}

function finish(totals: Totals, seconds: number, batchBytes: ClientResult['batchBytes']): ClientResult {
  if (totals.firstError) process.stderr.write(`ingest client: first failed request: ${totals.firstError}\n`);
  const { firstError: _unused, ...rest } = totals;
  return { ...rest, seconds, batchBytes };
}

const config = JSON.parse(process.argv[2] ?? '{}') as ClientConfig;
const totals: Totals = { events: 0, stored: 0, duplicates: 0, rejected: 0, requests: 0, busy: 0, retried: 0, failed: 0, firstError: null };
const result = config.mode === 'paced' ? await paced(config, totals) : await burst(config, totals);
process.stdout.write(`${JSON.stringify(result)}\n`);
