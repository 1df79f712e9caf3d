/** An account's tasks (タスク tab): open ones by due date, then the closed ones; add one with its reason. */
import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { taskKeys, tasksApi, type Task } from '../../api/tasks';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useCan } from '../../session/use-session';
import { TaskFormModal } from './TaskFormModal';
import { TaskList, type Section } from './TaskList';

export function AccountTasksTab({ account }: { account: { id: string; name: string } }) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const list = useQuery({ queryKey: taskKeys.account(account.id), queryFn: () => tasksApi.ofAccount(account.id) });
  const items = list.data?.items ?? [];
  const open = items.filter((i) => i.status === 'open');
  const closed = items.filter((i) => i.status !== 'open');
  const sections: Section[] = [
    { key: 'open', title: t('tasks.status.open'), items: open },
    { key: 'closed', title: t('tasks.account.closed'), items: closed },
  ].filter((s) => s.items.length > 0);

  return (
    <Paper withBorder radius="md" data-testid="account-tasks">
      <Group p="md" justify="space-between">
        <Text fw={600}>{t('tasks.account.title', { count: open.length })}</Text>
        {canWrite && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="task-add">{t('tasks.add')}</Button>}
      </Group>
      {list.isPending ? <TableSkeleton rows={4} />
        : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} />
          : items.length === 0 ? (
            <Stack align="center" gap="xs" p="xl" data-testid="tasks-empty">
              <IconChecklist size={28} color="var(--mantine-color-gray-5)" />
              <Text size="sm" c="dimmed" ta="center" maw={440}>{t('tasks.account.empty')}</Text>
            </Stack>
          ) : <TaskList sections={sections} showAccount={false} showAssignee canWrite={canWrite} onEdit={(task) => setEditing(task)} />}
      <TaskFormModal opened={editing !== null} onClose={() => setEditing(null)} task={editing === 'new' ? null : editing} account={account} />
    </Paper>
  );
}
