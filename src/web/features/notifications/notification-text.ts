/** The sentence shown for a notification, per kind, in the current language. */
import type { TFunction } from 'i18next';
import type { AppNotification } from '../../api/notifications';

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** i18n key of a kind: dots become underscores; delivery failures also name the channel. */
export function notificationKey(n: Pick<AppNotification, 'kind' | 'data'>): string {
  const base = n.kind.replace(/\./g, '_');
  return n.kind === 'delivery.failed' ? `${base}_${n.data.channel === 'webhook' ? 'webhook' : 'email'}` : base;
}

export function notificationText(t: TFunction, n: AppNotification, exists: (key: string) => boolean): string {
  const values = {
    account: n.accountName ?? str(n.data.accountName),
    by: str(n.data.by) || t('notifications.someone'),
    title: str(n.data.title),
    playbook: str(n.data.playbookName),
    target: str(n.data.target),
    kind: n.kind,
  };
  const key = `notifications.kinds.${notificationKey(n)}`;
  return exists(key) ? t(key, values) : t('notifications.kinds.other', values);
}

/** Where a click leads: the notification's link, else its account. */
export function notificationHref(n: AppNotification): string | null {
  // only paths inside the app (not //host, which would leave it)
  if (n.link && /^\/(?![/\\])/.test(n.link)) return n.link;
  return n.accountId ? `/accounts/${n.accountId}` : null;
}
