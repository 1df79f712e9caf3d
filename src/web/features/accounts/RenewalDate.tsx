/** A renewal date, highlighted when it is within 90 days or already past. */
import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysUntil } from '../../lib/format';
import { useFormat } from '../../lib/use-format';

export function RenewalDate({ date, long = false }: { date: string | null; long?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!date) return <Text span size="sm" c="dimmed">—</Text>;
  const days = daysUntil(date);
  const color = days === null ? undefined : days < 0 ? 'red.7' : days <= 90 ? 'orange.8' : undefined;
  const hint = days === null ? null : days < 0 ? t('renewal.overdue', { count: -days }) : t('renewal.inDays', { count: days });
  return (
    <Tooltip label={hint} disabled={!hint} withinPortal>
      <Text span inherit c={color} fw={color ? 600 : undefined}>{long ? format.dateLong(date) : format.date(date)}</Text>
    </Tooltip>
  );
}
