import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { notificationHref, notificationKey, notificationText } from './notification-text';
import type { AppNotification } from '../../api/notifications';
import ja from '../../i18n/ja.json';

const base: AppNotification = { id: 'n1', kind: 'task.assigned', accountId: 'a1', accountName: '株式会社ツバキ', data: {}, link: null, createdAt: '2026-04-01T00:00:00Z', readAt: null };

/** A tiny t over the Japanese file: enough to check which text and values are chosen. */
const t = ((key: string, values: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ja) as string;
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? '');
}) as unknown as TFunction;
const exists = (key: string) => typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], ja) === 'string';

describe('notification texts', () => {
  it('writes each kind in Japanese with its values', () => {
    expect(notificationText(t, { ...base, data: { title: '更新前のヒアリング' } }, exists)).toBe('タスク「更新前のヒアリング」が割り当てられました（株式会社ツバキ）');
    expect(notificationText(t, { ...base, kind: 'handoff.returned', data: { by: '佐藤' } }, exists)).toBe('佐藤さんが 株式会社ツバキ の引き継ぎを質問付きで差し戻しました');
    expect(notificationText(t, { ...base, kind: 'delivery.failed', accountName: null, data: { channel: 'webhook', target: 'https://hooks.example/x' } }, exists))
      .toBe('Webhookを送信できませんでした（https://hooks.example/x）');
    expect(notificationText(t, { ...base, kind: 'survey.answered' }, exists)).toBe('お知らせ: survey.answered');
  });

  it('keys kinds by their dotted name and the delivery channel', () => {
    expect(notificationKey({ kind: 'handoff.submitted', data: {} })).toBe('handoff_submitted');
    expect(notificationKey({ kind: 'delivery.failed', data: { channel: 'email' } })).toBe('delivery_failed_email');
  });

  it('leads only to paths inside the app, else to the account', () => {
    expect(notificationHref({ ...base, link: '/tasks?task=1' })).toBe('/tasks?task=1');
    expect(notificationHref({ ...base, link: '//evil.example/x' })).toBe('/accounts/a1');
    expect(notificationHref({ ...base, link: 'https://evil.example' })).toBe('/accounts/a1');
    expect(notificationHref({ ...base, accountId: null, link: null })).toBeNull();
  });
});
