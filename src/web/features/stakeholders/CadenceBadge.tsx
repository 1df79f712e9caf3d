/** The contact state of one stakeholder as a badge: overdue, never met, due soon, on track, or no agreed frequency. */
import { Badge } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../api/stakeholders';

export function CadenceBadge({ person }: { person: Stakeholder }) {
  const { t } = useTranslation();
  switch (person.state) {
    case 'overdue':
      return (
        <Badge size="sm" color="red" variant="light" leftSection={<IconAlertCircle size={12} />} data-testid="cadence-badge">
          {t('stakeholders.state.overdue', { count: person.daysOverdue ?? 1 })}
        </Badge>
      );
    case 'never_contacted':
      return (
        <Badge size="sm" color="red" variant="light" leftSection={<IconAlertCircle size={12} />} data-testid="cadence-badge">
          {t('stakeholders.state.never')}
        </Badge>
      );
    case 'due_soon':
      return (
        <Badge size="sm" color="yellow" variant="light" leftSection={<IconClock size={12} />} data-testid="cadence-badge">
          {person.daysUntilDue === 0 ? t('stakeholders.state.dueToday') : t('stakeholders.state.dueSoon', { count: person.daysUntilDue ?? 0 })}
        </Badge>
      );
    case 'on_track':
      return (
        <Badge size="sm" color="teal" variant="light" leftSection={<IconCircleCheck size={12} />} data-testid="cadence-badge">
          {t('stakeholders.state.onTrack')}
        </Badge>
      );
    case 'no_cadence':
      return <Badge size="sm" color="gray" variant="outline" data-testid="cadence-badge">{t('stakeholders.state.noCadence')}</Badge>;
  }
}
