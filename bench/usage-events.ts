/**
 * Synthetic product usage for the ingestion and freshness benches: event i of a stream is a
 * pure function of i, so the client process (HTTP), the COPY baseline (this process) and a
 * rerun all see exactly the same rows without passing them around.
 *
 * The shape: `accounts` accounts (product id `prod-<k>`) with ten users each on average, a
 * few big accounts doing much of the traffic (as in real B2B products), ten event names with
 * uneven frequencies, one in twenty carrying a session duration, timestamps spread evenly
 * (with jitter) over `days` days ending at `endMs`, in time order as a replay would send them.
 */

export interface UsageWorld {
  accounts: number;
  users: number;
  days: number;
  /** epoch ms of the last event's day */
  endMs: number;
  /** message ids are `<prefix>-<i>`; a new prefix makes a new stream */
  prefix: string;
}

export interface BenchEvent {
  messageId: string;
  event: string;
  userId: string;
  /** the account's index: its product id is productIdOf(account) */
  account: number;
  timestamp: string;
  durationSeconds: number | null;
  properties: Record<string, unknown>;
}

/** Names with their relative frequency; "Signed In" is one of the default login events. */
const EVENTS: [string, number][] = [
  ['Signed In', 15], ['Dashboard Viewed', 20], ['Report Viewed', 15], ['Report Exported', 5], ['Search Performed', 12],
  ['Record Updated', 12], ['Comment Added', 8], ['Invite Sent', 3], ['Integration Synced', 5], ['Session Ended', 5],
];
const EVENT_TOTAL = EVENTS.reduce((sum, [, w]) => sum + w, 0);
const SOURCES = ['web', 'ios', 'android'];

export const productIdOf = (account: number) => `prod-${account}`;

/** A uniform number in [0, 1) from (i, salt): a 32-bit integer hash, so any event can be made on its own. */
export function unit(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Account index: skewed towards low indices (r^1.6), so account 0 is busiest. */
export function accountOf(world: UsageWorld, i: number): number {
  return Math.min(world.accounts - 1, Math.floor(world.accounts * unit(i, 1) ** 1.6));
}

/** Event i of `count` events spread over the world's days. */
export function benchEvent(world: UsageWorld, i: number, count: number): BenchEvent {
  const account = accountOf(world, i);
  const perAccount = Math.max(1, Math.floor(world.users / world.accounts));
  const userIndex = account + world.accounts * Math.floor(unit(i, 2) * perAccount);
  const span = world.days * 86_400_000;
  const at = world.endMs - span + ((i + unit(i, 3)) * span) / count;
  return eventFor(world, i, account, `u-${userIndex}`, at);
}

/** A live event for an account at a given time (the freshness bench's steady traffic and probes). */
export function liveEvent(world: UsageWorld, i: number, at: number, account = accountOf(world, i)): BenchEvent {
  const perAccount = Math.max(1, Math.floor(world.users / world.accounts));
  return eventFor(world, i, account, `u-${account + world.accounts * Math.floor(unit(i, 2) * perAccount)}`, at);
}

function eventFor(world: UsageWorld, i: number, account: number, userId: string, at: number): BenchEvent {
  let pick = unit(i, 4) * EVENT_TOTAL;
  let event = EVENTS[0]?.[0] ?? 'Signed In';
  for (const [name, weight] of EVENTS) {
    if (pick < weight) { event = name; break; }
    pick -= weight;
  }
  const durationSeconds = event === 'Session Ended' ? 60 + Math.floor(unit(i, 5) * 3540) : null;
  const properties: Record<string, unknown> = {
    source: SOURCES[Math.floor(unit(i, 6) * SOURCES.length)] ?? 'web',
    path: `/app/${event.toLowerCase().replace(/ /g, '-')}/${Math.floor(unit(i, 7) * 500)}`,
  };
  if (durationSeconds !== null) properties.duration = durationSeconds;
  return {
    messageId: `${world.prefix}-${i}`, event, userId, account, timestamp: new Date(at).toISOString(), durationSeconds, properties,
  };
}

/** The event as Segment's SDKs send a track call (groupId in the context). */
export function segmentMessage(e: BenchEvent): Record<string, unknown> {
  return {
    type: 'track', messageId: e.messageId, userId: e.userId, event: e.event, properties: e.properties,
    timestamp: e.timestamp, context: { groupId: productIdOf(e.account), library: { name: 'kizuna-bench', version: '1' } },
  };
}
