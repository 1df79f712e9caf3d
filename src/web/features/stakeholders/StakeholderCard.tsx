/** One stakeholder on the map: who they are, their role, how often and how we agreed to meet, when we last did, and when next. */
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactRole } from '../../../domain/accounts/fields';
import type { Stakeholder } from '../../api/stakeholders';
import { useFormat } from '../../lib/use-format';
import { CadenceBadge } from './CadenceBadge';

const ROLE_COLOR: Record<ContactRole, string> = {
  decision_maker: 'grape', champion: 'teal', project_member: 'blue', end_user: 'gray',
};

interface Props {
  person: Stakeholder;
  canWrite: boolean;
  onEdit: () => void;
}

export function StakeholderCard({ person, canWrite, onEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const cadence = person.cadenceDays
    ? [t('stakeholders.card.every', { count: person.cadenceDays }), person.channel ? t(`contactChannel.${person.channel}`) : null]
      .filter(Boolean).join(' ・ ')
    : t('stakeholders.card.noCadence');
  const last = person.lastContactAt
    ? person.lastContactKind
      ? t('stakeholders.card.lastContactWith', { date: format.dayOf(person.lastContactAt), kind: t(`timeline.kinds.${person.lastContactKind}`) })
      : format.dayOf(person.lastContactAt)
    : t('stakeholders.card.noContact');
  return (
    <Paper withBorder p="sm" radius="md" data-testid="stakeholder-card" data-state={person.state}
      style={person.overdue ? { borderLeft: '3px solid var(--mantine-color-red-6)' } : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          {person.nameReading && <Text size="xs" c="dimmed" lh={1.2} truncate>{person.nameReading}</Text>}
          <Group gap={4} wrap="nowrap">
            <Text fw={600} size="sm" truncate>{person.name}</Text>
            {person.isExecutiveSponsor && (
              <Tooltip label={t('stakeholders.card.sponsor')} withinPortal>
                <IconStarFilled size={12} color="var(--mantine-color-yellow-6)" aria-label={t('stakeholders.card.sponsor')} />
              </Tooltip>
            )}
          </Group>
          {person.title && <Text size="xs" c="dimmed" truncate>{person.title}</Text>}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {person.role
            ? <Badge size="xs" color={ROLE_COLOR[person.role]}>{t(`contactRole.${person.role}`)}</Badge>
            : <Badge size="xs" color="gray" variant="outline">{t('stakeholders.card.noRole')}</Badge>}
          {canWrite && (
            <ActionIcon variant="subtle" color="gray" size="sm" onClick={onEdit}
              aria-label={t('stakeholders.edit.open', { name: person.name })} data-testid="stakeholder-edit">
              <IconPencil size={14} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Stack gap={1} mt={8}>
        <Line label={t('stakeholders.card.cadence')} value={cadence} />
        <Line label={t('stakeholders.card.lastContact')} value={last} />
        <Line label={t('stakeholders.card.nextDue')}
          value={person.nextDueAt ? format.dayOf(person.nextDueAt) : person.state === 'never_contacted' ? t('stakeholders.card.asap') : '—'} />
      </Stack>
      <Group mt={8}><CadenceBadge person={person} /></Group>
    </Paper>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="dimmed" w={72} style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="xs" truncate>{value}</Text>
    </Group>
  );
}
