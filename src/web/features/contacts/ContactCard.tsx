/** One stakeholder: name, title, role, how and how often to reach them, and whether that is overdue. */
import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconDots, IconMail, IconPencil, IconPhone, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactRole } from '../../../domain/accounts/fields';
import type { Contact } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { isContactOverdue } from './contact-form';

const ROLE_COLOR: Record<ContactRole, string> = {
  decision_maker: 'grape', champion: 'teal', project_member: 'ai', end_user: 'gray',
};

interface Props {
  contact: Contact;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export function ContactCard({ contact, canWrite, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const overdue = isContactOverdue(contact);
  return (
    <Paper p="sm" withBorder data-testid="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={0} style={{ minWidth: 0 }}>
          {contact.nameReading && <Text size="xs" c="dimmed" lh={1.2}>{contact.nameReading}</Text>}
          <Text fw={600} size="sm" truncate>{contact.name}</Text>
          {contact.title && <Text size="xs" c="dimmed" truncate>{contact.title}</Text>}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {contact.role && <Badge size="xs" color={ROLE_COLOR[contact.role]}>{t(`contactRole.${contact.role}`)}</Badge>}
          {canWrite && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('common.more')}><IconDots size={14} /></ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>{t('common.edit')}</Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>{t('common.delete')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      <Stack gap={2} mt={6}>
        {contact.email && <Group gap={4} wrap="nowrap"><IconMail size={12} color="gray" /><Text size="xs" truncate>{contact.email}</Text></Group>}
        {contact.phone && <Group gap={4} wrap="nowrap"><IconPhone size={12} color="gray" /><Text size="xs">{contact.phone}</Text></Group>}
      </Stack>
      <Group gap={6} mt={6} wrap="wrap">
        {contact.cadenceDays && (
          <Text size="xs" c="dimmed">
            {t('contacts.cadence', { count: contact.cadenceDays })}{contact.channel ? ` ・ ${t(`contactChannel.${contact.channel}`)}` : ''}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('contacts.lastContact')}: {contact.lastContactAt ? format.dayOf(contact.lastContactAt) : t('contacts.never')}
        </Text>
        {overdue && (
          <Tooltip label={t('contacts.overdueHint')} withinPortal>
            <Badge size="xs" color="red" variant="light" leftSection={<IconAlertCircle size={10} />}>{t('contacts.overdue')}</Badge>
          </Tooltip>
        )}
      </Group>
      {contact.notes && <Text size="xs" mt={6} c="gray.7" className="kz-pre" lineClamp={3}>{contact.notes}</Text>}
    </Paper>
  );
}
