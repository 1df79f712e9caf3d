/** Client for the signed-in member's in-app notifications (src/server/modules/notifications). */
import { request } from './http';

export interface AppNotification {
  id: string;
  /** task.assigned, handoff.submitted, handoff.accepted, handoff.returned, playbook.failed, delivery.failed, … */
  kind: string;
  accountId: string | null;
  accountName: string | null;
  data: Record<string, unknown>;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: AppNotification[];
  unreadCount: number;
}

export const notificationsApi = {
  list: (query: { unread?: boolean; limit?: number } = {}) =>
    request<NotificationList>('GET', '/notifications', { query: { unread: query.unread ? 'true' : undefined, limit: query.limit } }),
  markRead: (input: { ids: string[] } | { all: true }) => request<{ unreadCount: number }>('POST', '/notifications/read', { json: input }),
};

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => ['notifications', 'list'] as const,
};
