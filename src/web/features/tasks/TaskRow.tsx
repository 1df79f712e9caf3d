/** One task: tick it off, see its account and the reason it exists, its due date, and change it from the menu. */
import { forwardRef } from 'react';
import { ActionIcon, Anchor, Badge, Checkbox, Group, Menu, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconMessagePlus, IconPencil, IconX } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/tasks';
import { useFormat } from '../../lib/use-format';
import { useAddToVoc } from '../voc/use-add-to-voc';

interface Props {
  task: Task;
  showAccount: boolean;
  showAssignee: boolean;
  canWrite: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onCancel: () => void;
  onFocus?: () => void;
}

function DueBadge({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (task.status !== 'open') {
    return <Text size="xs" c="dimmed">{task.status === 'done' ? t('tasks.row.doneOn', { date: format.dayOf(task.doneAt), name: task.doneByName ?? '—' }) : t('tasks.status.cancelled')}</Text>;
  }
  if (!task.dueOn) return <Text size="xs" c="dimmed">{t('tasks.row.noDue')}</Text>;
  const color = task.group === 'overdue' ? 'red' : task.group === 'today' ? 'orange' : 'gray';
  const label = task.group === 'overdue' ? t('tasks.row.overdue', { date: format.date(task.dueOn) })
    : task.group === 'today' ? t('tasks.row.today') : format.date(task.dueOn);
  return <Badge color={color} variant={task.group === 'overdue' || task.group === 'today' ? 'light' : 'outline'} size="sm">{label}</Badge>;
}

export const TaskRow = forwardRef<HTMLDivElement, Props>(function TaskRow({ task, showAccount, showAssignee, canWrite, onToggle, onEdit, onCancel, onFocus }, ref) {
  const { t } = useTranslation();
  const voc = useAddToVoc();
  const closed = task.status !== 'open';
  return (
    <Group ref={ref} tabIndex={0} data-task-row data-testid="task-row" data-task-id={task.id} onFocus={onFocus} wrap="nowrap" align="flex-start"
      gap="sm" px="md" py="sm" className="kz-task-row" aria-label={task.title}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)', outlineOffset: -2 }}>
      <Checkbox mt={3} checked={task.status === 'done'} disabled={!canWrite || task.status === 'cancelled'} onChange={onToggle}
        aria-label={task.status === 'done' ? t('tasks.actions.reopen') : t('tasks.actions.done')} data-testid="task-done" tabIndex={-1} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="sm" td={closed ? 'line-through' : undefined} c={closed ? 'dimmed' : undefined}>{task.title}</Text>
          {task.source !== 'manual' && <Badge size="xs" variant="light" color="grape">{t(`tasks.source.${task.source}`)}</Badge>}
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2} data-testid="task-reason">{t('tasks.row.reason', { reason: task.reason })}</Text>
        <Group gap="md" wrap="wrap">
          {showAccount && (
            <Anchor component={Link} to={`/accounts/${task.accountId}?tab=tasks`} size="xs" tabIndex={-1}>{task.accountName}</Anchor>
          )}
          {showAssignee && <Text size="xs" c="dimmed">{task.assigneeName ?? t('tasks.row.unassigned')}</Text>}
        </Group>
      </Stack>
      <DueBadge task={task} />
      {canWrite && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('tasks.actions.more')} tabIndex={-1}><IconDots size={16} /></ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>{t('tasks.actions.edit')}</Menu.Item>
            <Menu.Item leftSection={<IconMessagePlus size={14} />} data-testid="add-to-voc" onClick={() => voc.open({ sourceKind: 'task', sourceId: task.id, accountId: task.accountId, accountName: task.accountName, quote: task.title })}>{t('voc.actions.addToVoc')}</Menu.Item>
            {task.status === 'open'
              ? <Menu.Item leftSection={<IconX size={14} />} color="red" onClick={onCancel}>{t('tasks.actions.cancel')}</Menu.Item>
              : <Menu.Item leftSection={<IconArrowBackUp size={14} />} onClick={onToggle}>{t('tasks.actions.reopen')}</Menu.Item>}
          </Menu.Dropdown>
        </Menu>
      )}
      {voc.modal}
    </Group>
  );
});
