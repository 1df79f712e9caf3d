/** The account's timeline (SPEC §3.9): composer on top, entries newest first, filter by kind, load more. */
import { useState } from 'react';
import { Button, Center, Group, Paper, SegmentedControl, Skeleton, Stack, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { Activity } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { ActivityComposer } from './ActivityComposer';
import { ActivityEditModal } from './ActivityEditModal';
import { ActivityItem } from './ActivityItem';
import { KIND_COLOR, KIND_ICON } from './activity-kinds';

export function TimelinePanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const queryClient = useQueryClient();
  const [kind, setKind] = useState('all');
  const [editing, setEditing] = useState<Activity | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const timeline = useInfiniteQuery({
    queryKey: [...keys.timeline(accountId), kind],
    queryFn: ({ pageParam }) => api.timeline(accountId, { kind: kind === 'all' ? undefined : kind, limit: 30, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  const remove = useMutation({
    mutationFn: (activity: Activity) => api.deleteActivity(activity.id),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
      notifySaved(t('timeline.deleted'));
    },
    onError: (error) => notifyError(t, error),
  });
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      {canWrite && <ActivityComposer accountId={accountId} />}
      <Paper p="md">
        <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
          <Title order={4} fz="md">{t('timeline.title')}</Title>
          <SegmentedControl size="xs" value={kind} onChange={setKind} aria-label={t('timeline.filter')}
            data={[{ value: 'all', label: t('timeline.all') }, ...ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))]} />
        </Group>
        {timeline.isPending ? (
          <Stack gap="md">{[0, 1, 2].map((i) => <Skeleton key={i} h={48} />)}</Stack>
        ) : timeline.isError ? (
          <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : items.length === 0 ? (
          <Center py="xl">
            <Stack align="center" gap={6}>
              <ThemeIcon variant="light" color="gray" size={44} radius="xl"><IconTimeline size={22} /></ThemeIcon>
              <Text size="sm" c="dimmed">{t('timeline.empty')}</Text>
            </Stack>
          </Center>
        ) : (
          <Timeline bulletSize={22} lineWidth={2} data-testid="timeline">
            {items.map((activity) => {
              const Icon = KIND_ICON[activity.kind];
              const system = activity.kind === 'system';
              return (
                <Timeline.Item key={activity.id} color={KIND_COLOR[activity.kind]} mt={system ? 6 : 'md'}
                  bullet={<Icon size={system ? 11 : 13} />}>
                  <ActivityItem activity={activity} canWrite={canWrite} onEdit={setEditing} onDelete={setDeleting} />
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
        {timeline.hasNextPage && (
          <Center mt="sm">
            <Button variant="default" size="xs" loading={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          </Center>
        )}
      </Paper>
      <ActivityEditModal activity={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog opened={deleting !== null} onClose={() => setDeleting(null)} loading={remove.isPending}
        title={t('timeline.deleteTitle')} message={t('timeline.deleteMessage')} confirmLabel={t('common.delete')}
        onConfirm={() => deleting && remove.mutate(deleting)} />
    </Stack>
  );
}
