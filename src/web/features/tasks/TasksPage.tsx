/**
 * The task inbox (タスク): a member's open tasks grouped overdue → today → this week → later →
 * no date, or the done and cancelled ones; each with its account and the reason it exists.
 * Whose tasks and which status live in the URL (?assignee=, ?status=).
 */
import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DUE_GROUPS, type DueGroup, type TaskStatus } from '../../../domain/tasks/task';
import { api, keys } from '../../api/client';
import { taskKeys, tasksApi, type Task, type TaskList as TaskListData } from '../../api/tasks';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { useCan, useSession } from '../../session/use-session';
import { CsvButton } from '../revenue/CsvButton';
import { sectionsOf } from './task-groups';
import { TaskFormModal } from './TaskFormModal';
import { TaskList } from './TaskList';

const STATUSES: TaskStatus[] = ['open', 'done', 'cancelled'];
const GROUP_COLOR: Partial<Record<DueGroup, string>> = { overdue: 'red', today: 'orange' };

function Counts({ data }: { data: TaskListData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="sm" mb="md">
      {DUE_GROUPS.map((g) => (
        <Paper key={g} withBorder radius="md" p="sm" data-testid={`count-${g}`}>
          <Text size="xs" c="dimmed">{t(`tasks.groups.${g}`)}</Text>
          <Text fw={700} fz={20} c={data.counts[g] > 0 ? GROUP_COLOR[g] : undefined}>{format.number(data.counts[g])}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Empty({ status, mine, onAdd }: { status: TaskStatus; mine: boolean; onAdd: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="xs" p="xl" data-testid="tasks-empty">
      <IconChecklist size={28} color="var(--mantine-color-gray-5)" />
      <Text fw={600}>{t(`tasks.empty.${status}`)}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={480}>{t(mine && status === 'open' ? 'tasks.empty.openHint' : 'tasks.empty.otherHint')}</Text>
      <Group mt="xs">
        {onAdd && <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onAdd}>{t('tasks.add')}</Button>}
        <Button variant="default" component={Link} to="/today">{t('tasks.empty.today')}</Button>
      </Group>
    </Stack>
  );
}

export function TasksPage() {
  const { t } = useTranslation();
  const me = useSession();
  const canWrite = useCan('data.write');
  const [params, setParams] = useSearchParams();
  const assignee = params.get('assignee') ?? 'me';
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as TaskStatus) : 'open';
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const query = { assignee, status };
  const list = useQuery({ queryKey: taskKeys.list(query), queryFn: () => tasksApi.list(query) });
  const members = useQuery({ queryKey: keys.members, queryFn: () => api.members() });
  const update = (changes: Record<string, string | null>) => setParams(() => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key); else next.set(key, value);
    }
    return next;
  }, { replace: true });
  const mine = assignee === 'me' || assignee === me.user.id;
  const data = list.data;
  const sections = !data ? [] : status === 'open'
    ? sectionsOf(data.items).map((s) => ({ key: s.group, title: t(`tasks.groups.${s.group}`), color: GROUP_COLOR[s.group], items: s.items }))
    : [{ key: status, title: t(`tasks.status.${status}`), items: data.items }];
  const who = [
    { value: 'me', label: t('tasks.assignee.me') },
    { value: 'all', label: t('tasks.assignee.all') },
    ...(members.data?.items ?? []).filter((m) => m.userId !== me.user.id).map((m) => ({ value: m.userId, label: m.name })),
  ];

  return (
    <>
      <PageHeader title={t('tasks.title')} subtitle={t('tasks.subtitle')}
        actions={(
          <>
            {data && data.items.length > 0 && <CsvButton href={tasksApi.csvUrl(query)} fileName={`tasks-${status}-${data.today}.csv`} />}
            {canWrite && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')} data-testid="task-add">{t('tasks.add')}</Button>}
          </>
        )} />
      {data && status === 'open' && <Counts data={data} />}
      <Paper withBorder radius="md">
        <Group p="md" justify="space-between" wrap="wrap" gap="sm">
          <SegmentedControl size="xs" value={status} onChange={(v) => update({ status: v === 'open' ? null : v })} data-testid="status-control"
            data={STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))} />
          <Select size="xs" w={220} searchable allowDeselect={false} aria-label={t('tasks.fields.assignee')} data={who}
            value={mine ? 'me' : assignee} onChange={(v) => update({ assignee: !v || v === 'me' ? null : v })} data-testid="assignee-filter" />
        </Group>
        {list.isPending ? <TableSkeleton />
          : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} />
            : data && data.items.length === 0 ? <Empty status={status} mine={mine} onAdd={canWrite ? () => setEditing('new') : null} />
              : (
                <>
                  <TaskList sections={sections} showAccount showAssignee={!mine} canWrite={canWrite} onEdit={(task) => setEditing(task)} focusId={params.get('task')} />
                  <Text size="xs" c="dimmed" px="md" py="xs" data-testid="keyboard-hint"
                    style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>{t('tasks.keyboard')}</Text>
                </>
              )}
      </Paper>
      <TaskFormModal opened={editing !== null} onClose={() => setEditing(null)} task={editing === 'new' ? null : editing} />
    </>
  );
}
