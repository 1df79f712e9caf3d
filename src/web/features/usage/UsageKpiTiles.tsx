/**
 * The window's headline figures: active users against seats, days with activity, events, time of
 * use and feature breadth.
 */
import type { ReactNode } from 'react';
import { Group, Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../api/usage';
import { useFormat } from '../../lib/use-format';
import { formatShare } from '../health/account/health-format';
import { formatHours } from './usage-format';

function Tile({ label, value, testId, children }: { label: string; value: ReactNode; testId: string; children?: ReactNode }) {
  return (
    <Paper p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>{label}</Text>
      <Text fz={22} fw={700} mt={4} className="kz-num" data-testid="kpi-value">{value}</Text>
      {children}
    </Paper>
  );
}

function Bar({ share, label, text }: { share: number; label: string; text: string }) {
  return (
    <Group gap="xs" wrap="nowrap" mt={2}>
      <Progress value={Math.min(100, share * 100)} size="sm" style={{ flex: 1 }} aria-label={label} />
      <Text size="xs" fw={600} className="kz-num">{text}</Text>
    </Group>
  );
}

export function UsageKpiTiles({ usage, days }: { usage: AccountUsage; days: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const activeDays = usage.daily.length;
  const perActiveDay = activeDays > 0 ? usage.events / activeDays : 0;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" data-testid="usage-kpis">
      <Tile testId="usage-kpi-users" label={t('usage.kpi.activeUsers')}
        value={usage.seats === null ? format.number(usage.activeUsers)
          : t('usage.kpi.usersOfSeats', { users: format.number(usage.activeUsers), seats: format.number(usage.seats) })}>
        {usage.activeUserRatio === null
          ? <Text size="xs" c="dimmed">{t('usage.kpi.noSeats')}</Text>
          : <Bar share={usage.activeUserRatio} label={t('usage.kpi.seatRatio')}
            text={t('usage.kpi.seatRatioValue', { ratio: formatShare(usage.activeUserRatio, format.locale) })} />}
      </Tile>
      <Tile testId="usage-kpi-days" label={t('usage.kpi.activeDays')}
        value={t('usage.kpi.daysOf', { n: format.number(activeDays), total: format.number(days) })}>
        <Bar share={activeDays / days} label={t('usage.kpi.activeDays')} text={formatShare(activeDays / days, format.locale)} />
      </Tile>
      <Tile testId="usage-kpi-events" label={t('usage.kpi.events')} value={format.number(usage.events)}>
        <Text size="xs" c="dimmed">
          {t('usage.kpi.perActiveDay', { n: new Intl.NumberFormat(format.locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 1 }).format(perActiveDay) })}
        </Text>
      </Tile>
      <Tile testId="usage-kpi-hours" label={t('usage.kpi.hours')} value={formatHours(usage.usageSeconds, format.locale)}>
        <Text size="xs" c="dimmed">
          {usage.activeUsers > 0 ? t('usage.kpi.perUser', { n: formatHours(usage.usageSeconds / usage.activeUsers, format.locale) }) : '—'}
        </Text>
      </Tile>
      <Tile testId="usage-kpi-breadth" label={t('usage.kpi.breadth')} value={t('usage.kpi.features', { count: usage.featureBreadth, n: format.number(usage.featureBreadth) })}>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {usage.features[0] ? t('usage.kpi.mostUsed', { event: usage.features[0].event }) : '—'}
        </Text>
      </Tile>
    </SimpleGrid>
  );
}
