/** One timeline entry: people's notes, meetings, calls and emails in full; system events as one quiet line. */
import { ActionIcon, Badge, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconDots, IconMessagePlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/types';
import { useFormat, useLocale } from '../../lib/use-format';
import { KIND_COLOR } from './activity-kinds';
import { systemEventText } from './system-event-text';
import { useAddToVoc } from '../voc/use-add-to-voc';

interface Props {
  activity: Activity;
  canWrite: boolean;
  onEdit: (activity: Activity) => void;
  onDelete: (activity: Activity) => void;
}

function When({ iso }: { iso: string }) {
  const format = useFormat();
  return (
    <Tooltip label={format.dateTime(iso)} withinPortal>
      <Text span size="xs" c="dimmed">{format.relative(iso)}</Text>
    </Tooltip>
  );
}

export function ActivityItem({ activity, canWrite, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const voc = useAddToVoc();
  if (activity.kind === 'system') {
    return (
      <Group gap={6} wrap="wrap" data-testid="timeline-system">
        <Text size="xs" c="dimmed">{systemEventText(activity, t, locale)}</Text>
        {activity.authorName && <Text size="xs" c="dimmed">・ {activity.authorName}</Text>}
        <Text size="xs" c="dimmed">・</Text>
        <When iso={activity.occurredAt} />
      </Group>
    );
  }
  return (
    <Stack gap={4} data-testid="timeline-entry">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap={6} wrap="wrap">
          <Badge size="xs" color={KIND_COLOR[activity.kind]}>{t(`timeline.kinds.${activity.kind}`)}</Badge>
          {activity.subject && <Text size="sm" fw={600}>{activity.subject}</Text>}
          {activity.contactName && <Text size="xs" c="dimmed">{t('timeline.with', { name: activity.contactName })}</Text>}
        </Group>
        {canWrite && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('common.more')}><IconDots size={14} /></ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(activity)}>{t('common.edit')}</Menu.Item>
              <Menu.Item leftSection={<IconMessagePlus size={14} />} data-testid="add-to-voc" onClick={() => voc.open({ sourceKind: 'activity', sourceId: activity.id, accountId: activity.accountId, quote: activity.body ?? activity.subject ?? '' })}>{t('voc.actions.addToVoc')}</Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(activity)}>{t('common.delete')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {activity.body && <Text size="sm" className="kz-pre">{activity.body}</Text>}
      <Group gap={6}>
        <Text size="xs" c="dimmed">{activity.authorName ?? t('timeline.unknownAuthor')}</Text>
        <Text size="xs" c="dimmed">・</Text>
        <When iso={activity.occurredAt} />
      </Group>
      {voc.modal}
    </Stack>
  );
}
