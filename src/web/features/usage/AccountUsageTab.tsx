/**
 * The account's usage tab: a window of 30, 90 or 365 days (kept in the URL), the headline
 * figures, events and active users per day, the features used and the most active users; with
 * no usage, how to start sending it.
 */
import { Grid, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { usageApi, usageKeys } from '../../api/usage';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/use-format';
import { FeaturesTable } from './FeaturesTable';
import { TopUsersTable } from './TopUsersTable';
import { UsageChart } from './UsageChart';
import { UsageEmptyState } from './UsageEmptyState';
import { UsageKpiTiles } from './UsageKpiTiles';

export const USAGE_WINDOWS = [30, 90, 365] as const;
const DEFAULT_WINDOW = 90;

export function AccountUsageTab({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('days'));
  const days = (USAGE_WINDOWS as readonly number[]).includes(asked) ? asked : DEFAULT_WINDOW;
  const setDays = (next: number) => setParams((current) => {
    const updated = new URLSearchParams(current);
    if (next === DEFAULT_WINDOW) updated.delete('days');
    else updated.set('days', String(next));
    return updated;
  }, { replace: true });
  const usage = useQuery({
    queryKey: usageKeys.account(account.id, days),
    queryFn: () => usageApi.accountUsage(account.id, days),
    placeholderData: keepPreviousData,
  });

  const header = (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Stack gap={0}>
        <Title order={4} fz="md">{t('usage.title')}</Title>
        {usage.data && <Text size="xs" c="dimmed" className="kz-num">{t('usage.range', { from: format.date(usage.data.from), to: format.date(usage.data.to) })}</Text>}
      </Stack>
      <SegmentedControl size="xs" value={String(days)} onChange={(v) => setDays(Number(v))} aria-label={t('usage.window')}
        data={USAGE_WINDOWS.map((d) => ({ value: String(d), label: t('usage.days', { count: d }) }))} />
    </Group>
  );

  if (usage.isPending) return <Stack gap="md">{header}<Skeleton h={90} radius="md" /><Skeleton h={300} radius="md" /></Stack>;
  if (usage.isError) return <Stack gap="md">{header}<QueryError error={usage.error} onRetry={() => void usage.refetch()} /></Stack>;
  const data = usage.data;
  const empty = data.events === 0 && data.daily.length === 0 && data.topUsers.length === 0;

  return (
    <Stack gap="md" data-testid="usage-tab" style={{ opacity: usage.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
      {header}
      {empty ? (
        <UsageEmptyState account={account} days={days} onWiden={days < 365 ? () => setDays(365) : null} />
      ) : (
        <>
          <UsageKpiTiles usage={data} days={days} />
          <UsageChart usage={data} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}><FeaturesTable features={data.features} /></Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}><TopUsersTable users={data.topUsers} /></Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
