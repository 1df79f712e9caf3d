import { describe, expect, it } from 'vitest';
import { normalizeEvent, withoutNul } from './normalize-event.js';

const receivedAt = new Date('2026-11-23T00:00:00Z');
const normalize = (raw: unknown, defaultType?: 'track') =>
  normalizeEvent(raw, { receivedAt, defaultType, byteLength: JSON.stringify(raw)?.length ?? 0, fallbackMessageId: () => 'derived' });

describe('normalizeEvent', () => {
  it('flattens a Segment track call with its group from context and its duration', () => {
    const result = normalize({
      type: 'track', messageId: 'm1', userId: 42, event: 'Report Viewed', timestamp: '2026-11-22T10:00:00+09:00',
      context: { groupId: 'org_1' }, properties: { duration: 90.4 },
    });
    expect(result).toEqual({ ok: true, event: {
      messageId: 'm1', type: 'track', event: 'Report Viewed', userId: '42', anonymousId: null, groupId: 'org_1',
      occurredAt: '2026-11-22T01:00:00.000Z', durationSeconds: 90, properties: { duration: 90.4 }, traits: null,
    } });
  });

  it('names page views, keeps identify traits apart from properties, and derives a missing messageId', () => {
    const page = normalize({ type: 'page', anonymousId: 'anon', name: 'Home' });
    expect(page).toMatchObject({ ok: true, event: { event: 'Page Viewed', messageId: 'derived', occurredAt: receivedAt.toISOString() } });
    const identify = normalize({ type: 'identify', userId: 'u', traits: { email: 'a@b.jp' } });
    expect(identify).toMatchObject({ ok: true, event: { event: null, traits: { email: 'a@b.jp' }, properties: null } });
  });

  it('drops what cannot be stored, with a reason', () => {
    expect(normalize([1])).toMatchObject({ ok: false, reason: 'not_an_object' });
    expect(normalize({ type: 'alias', userId: 'u' })).toMatchObject({ ok: false, reason: 'unknown_type' });
    expect(normalize({ type: 'track', event: 'x' })).toMatchObject({ ok: false, reason: 'missing_identity' });
    expect(normalize({ userId: 'u' }, 'track')).toMatchObject({ ok: false, reason: 'missing_event' });
    expect(normalize({ type: 'group', userId: 'u' })).toMatchObject({ ok: false, reason: 'missing_group' });
    expect(normalize({ type: 'track', userId: 'u', event: 'x', timestamp: 'soon' })).toMatchObject({ ok: false, reason: 'bad_timestamp' });
    expect(normalize({ type: 'track', userId: 'u', event: 'x', timestamp: '2026-11-25T00:00:00Z' })).toMatchObject({ ok: false, reason: 'bad_timestamp' });
    expect(normalizeEvent({ type: 'track', userId: 'u', event: 'x' }, { receivedAt, byteLength: 40_000, fallbackMessageId: () => 'x' }))
      .toMatchObject({ ok: false, reason: 'too_large' });
  });
});

describe('withoutNul', () => {
  it('replaces NUL in strings, keys and nested arrays with U+FFFD and leaves everything else as it was', () => {
    const nul = String.fromCharCode(0);
    expect(withoutNul({ [`a${nul}`]: [`x${nul}${nul}y`, 3, null, { b: `${nul}` }], n: 1.5, t: true, s: '売上' }))
      .toEqual({ 'a\uFFFD': ['x\uFFFD\uFFFDy', 3, null, { b: '\uFFFD' }], n: 1.5, t: true, s: '売上' });
    expect(withoutNul('plain')).toBe('plain');
  });
});
