/** The bell in the header: unread count, the latest notifications with links, mark as read. */
import { ActionIcon, Badge, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { notificationKeys, notificationsApi, type AppNotification } from '../../api/notifications';
import { useFormat } from '../../lib/use-format';
import { notifyError } from '../../lib/notify';
import { notificationHref, notificationText } from './notification-text';

/** Poll often enough that a new task or a returned handoff shows within a minute. */
const REFRESH_MS = 60_000;

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const query = useQuery({ queryKey: notificationKeys.list(), queryFn: () => notificationsApi.list({ limit: 20 }), refetchInterval: REFRESH_MS });
  const markRead = useMutation({
    mutationFn: notificationsApi.markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => notifyError(t, error),
  });
  const unread = query.data?.unreadCount ?? 0;
  const items = query.data?.items ?? [];

  const open = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    const href = notificationHref(n);
    setOpened(false);
    if (href) navigate(href);
  };

  return (
    <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Indicator disabled={unread === 0} label={unread > 99 ? '99+' : unread} size={18} offset={4} color="red" data-testid="notification-count">
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setOpened((o) => !o)}
            aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')} data-testid="notification-bell">
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="md" py="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          <Button size="compact-xs" variant="subtle" leftSection={<IconChecks size={14} />} disabled={unread === 0 || markRead.isPending}
            onClick={() => markRead.mutate({ all: true })}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Divider />
        {query.isError ? (
          <Text size="sm" c="red" p="md">{t('errors.loadFailed')}</Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" p="md" data-testid="notifications-empty">{t('notifications.empty')}</Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={0}>
              {items.map((n) => (
                <UnstyledButton key={n.id} onClick={() => open(n)} px="md" py="sm" data-testid="notification-item"
                  style={{ background: n.readAt ? undefined : 'var(--mantine-color-blue-light)', borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Text size="sm" fw={n.readAt ? 400 : 600}>{notificationText(t, n, (key) => i18n.exists(key))}</Text>
                      <Text size="xs" c="dimmed">{f.relative(n.createdAt)}</Text>
                    </Stack>
                    {!n.readAt && <Badge size="xs" variant="filled" color="blue">{t('notifications.new')}</Badge>}
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
