/**
 * The first step of usage ingestion: one Segment-style message (track, page, identify, group)
 * becomes a flat event Kizuna stores, or is dropped with a reason the caller gets back. A bad
 * message never fails the rest of its batch (PostHog's step-result pattern).
 */

export const MAX_EVENT_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
export const EVENT_TYPES = ['track', 'page', 'screen', 'identify', 'group'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface NormalizedEvent {
  messageId: string;
  type: EventType;
  /** the name counted in rollups: the track event, 'Page Viewed' / 'Screen Viewed', null for identify/group */
  event: string | null;
  userId: string | null;
  anonymousId: string | null;
  /** the account's product id (Segment groupId) when the message carries one */
  groupId: string | null;
  occurredAt: string;
  durationSeconds: number | null;
  properties: Record<string, unknown> | null;
  /** identify and group traits */
  traits: Record<string, unknown> | null;
}

export type NormalizeResult =
  | { ok: true; event: NormalizedEvent }
  | { ok: false; reason: DropReason; detail: string };

export type DropReason =
  | 'not_an_object' | 'unknown_type' | 'missing_identity' | 'missing_event' | 'missing_group'
  | 'bad_timestamp' | 'too_large';

const MAX_FUTURE_MS = 24 * 3600 * 1000;
const MAX_TEXT = 200;

/**
 * A message with every NUL character (U+0000) in its strings and keys replaced by U+FFFD.
 * PostgreSQL stores neither a NUL in text nor the escape \u0000 in jsonb, so one such character
 * used to fail the whole batch (a 500, retried by the SDK forever); the replacement character
 * keeps the event and shows where something unprintable was.
 */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutNul(key) as string, withoutNul(item)]));
  }
  return value;
}

/**
 * @param raw one message as parsed from JSON
 * @param defaultType the type implied by the endpoint (`/v1/track` → 'track'); batch items carry their own
 * @param receivedAt when the request arrived, ISO; events without a timestamp happened then
 * @param fallbackMessageId used when the sender gave no messageId (derive it from the content so
 *   an identical resend still counts once)
 */
export function normalizeEvent(
  raw: unknown,
  options: { defaultType?: EventType; receivedAt: Date; fallbackMessageId: () => string; byteLength: number },
): NormalizeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return drop('not_an_object', 'Each event must be a JSON object.');
  }
  if (options.byteLength > MAX_EVENT_BYTES) {
    return drop('too_large', `The event is ${options.byteLength} bytes; the limit is ${MAX_EVENT_BYTES}.`);
  }
  const message = raw as Record<string, unknown>;
  const type = (text(message.type) ?? options.defaultType) as EventType | null;
  if (!type || !EVENT_TYPES.includes(type)) return drop('unknown_type', `Unknown type "${String(message.type)}".`);

  const userId = idText(message.userId);
  const anonymousId = idText(message.anonymousId);
  if (!userId && !anonymousId) return drop('missing_identity', 'Send a userId or an anonymousId.');

  const properties = record(message.properties);
  const context = record(message.context);
  const traits = record(message.traits) ?? record(context?.traits);
  let event: string | null = null;
  if (type === 'track') {
    event = text(message.event)?.slice(0, MAX_TEXT) ?? null;
    if (!event) return drop('missing_event', 'A track call needs an event name.');
  } else if (type === 'page') event = 'Page Viewed';
  else if (type === 'screen') event = 'Screen Viewed';

  const groupId = idText(message.groupId) ?? idText(context?.groupId) ?? idText(properties?.groupId)
    ?? idText(record(context?.group)?.id);
  if (type === 'group' && !groupId) return drop('missing_group', 'A group call needs a groupId.');

  const stamp = text(message.timestamp) ?? text(message.originalTimestamp);
  const occurred = stamp ? new Date(stamp) : options.receivedAt;
  if (Number.isNaN(occurred.getTime())) return drop('bad_timestamp', `The timestamp "${stamp}" is not a date.`);
  if (occurred.getTime() - options.receivedAt.getTime() > MAX_FUTURE_MS) {
    return drop('bad_timestamp', `The timestamp ${stamp} is more than a day in the future.`);
  }

  return {
    ok: true,
    event: {
      messageId: idText(message.messageId) ?? options.fallbackMessageId(),
      type,
      event,
      userId,
      anonymousId,
      groupId,
      occurredAt: occurred.toISOString(),
      durationSeconds: durationOf(properties),
      properties: type === 'identify' || type === 'group' ? null : properties,
      traits: type === 'identify' || type === 'group' ? traits : null,
    },
  };
}

function drop(reason: DropReason, detail: string): NormalizeResult {
  return { ok: false, reason, detail };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Ids may be sent as numbers by some SDKs; they are stored as text. */
function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value)?.slice(0, MAX_TEXT) ?? null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `properties.duration` in seconds (or `durationMs`), kept within one day. */
function durationOf(properties: Record<string, unknown> | null): number | null {
  if (!properties) return null;
  const seconds = typeof properties.duration === 'number' ? properties.duration
    : typeof properties.durationMs === 'number' ? properties.durationMs / 1000 : null;
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  return Math.min(86_400, Math.round(seconds));
}
