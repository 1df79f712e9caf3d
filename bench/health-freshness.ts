/**
 * Score freshness under load: while a client process ingests live events at a steady rate,
 * probes send one track call for an account through POST /v1/track and, from the moment its
 * response arrives, poll GET /api/v1/accounts/{id}/health every 20 ms until the score's
 * computedAt is later than that moment. The worker stamps computedAt before it claims the
 * queue, so a later stamp means the probe's event was in the rollups it read.
 */
import { runClient } from './child-processes.js';
import { liveEvent, productIdOf, segmentMessage, type UsageWorld } from './usage-events.js';

export interface Freshness {
  probes: number;
  /** probes asked for; fewer ran when the phase hit its time limit */
  asked: number;
  limitSeconds: number;
  p50: number;
  p95: number;
  max: number;
  timeouts: number;
  timeoutMs: number;
  askedRate: number;
  loadRate: number;
}

const POLL_MS = 20;
/** a probe waits at most this long (and counts as this long) */
const TIMEOUT_MS = 10_000;
/** probe accounts: a spread from the busiest to the quietest of the world's accounts */
const PROBE_ACCOUNTS = 24;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureFreshness(input: {
  url: string; writeKey: string; readKey: string; world: UsageWorld; accountIds: string[]; rate: number; probes: number;
  /** stop probing after this long even if fewer probes ran (an overloaded server would otherwise take hours) */
  limitSeconds: number;
}): Promise<Freshness> {
  const load = runClient({
    url: input.url, writeKey: input.writeKey, world: { ...input.world, prefix: `live-${Date.now()}` },
    mode: 'paced', rate: input.rate, inFlight: 8, seconds: 1800,
  });
  await sleep(3000); // let the worker reach its steady state under load
  const latencies: number[] = [];
  let timeouts = 0;
  const deadline = Date.now() + input.limitSeconds * 1000;
  try {
    for (let n = 0; n < input.probes && Date.now() < deadline; n++) {
      const account = Math.floor((n % PROBE_ACCOUNTS) * (input.world.accounts / PROBE_ACCOUNTS));
      const accountId = input.accountIds[account];
      if (!accountId) throw new Error(`no account ${account}`);
      const latency = await probe(input, `probe-${input.world.prefix}-${n}`, n, account, accountId);
      if (latency === null) {
        timeouts += 1;
        latencies.push(TIMEOUT_MS);
      } else latencies.push(latency);
      await sleep(100 + Math.random() * 200); // off the worker's rhythm
    }
  } finally {
    load.stop();
  }
  const loaded = await load.result;
  if (process.env.KIZUNA_BENCH_VERBOSE) console.log(`probe latencies (ms, in order): ${latencies.join(" ")}`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    probes: latencies.length, asked: input.probes, limitSeconds: input.limitSeconds, p50: at(0.5), p95: at(0.95), max: latencies[latencies.length - 1] ?? NaN, timeouts,
    timeoutMs: TIMEOUT_MS, askedRate: input.rate, loadRate: loaded.events / loaded.seconds,
  };
}

/** One probe: ms from the ingest response to the first read showing a newer score; null on timeout. */
async function probe(
  input: { url: string; writeKey: string; readKey: string; world: UsageWorld }, messageId: string, n: number, account: number, accountId: string,
): Promise<number | null> {
  const message = { ...segmentMessage(liveEvent(input.world, n, Date.now(), account)), messageId, event: 'Signed In' };
  const sent = await fetch(`${input.url}/v1/track`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${input.writeKey}:`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify(message),
  });
  const answered = Date.now();
  const report = (await sent.json()) as { stored?: number };
  if (sent.status !== 200 || report.stored !== 1) throw new Error(`probe for ${productIdOf(account)}: ${sent.status} ${JSON.stringify(report)}`);
  while (Date.now() - answered < TIMEOUT_MS) {
    const res = await fetch(`${input.url}/api/v1/accounts/${accountId}/health`, { headers: { authorization: `Bearer ${input.readKey}` } });
    const health = (await res.json()) as { computedAt?: string } | null;
    if (res.status !== 200) throw new Error(`health of ${accountId}: ${res.status} ${JSON.stringify(health)}`);
    if (health?.computedAt && Date.parse(health.computedAt) > answered) return Date.now() - answered;
    await sleep(POLL_MS);
  }
  return null;
}
