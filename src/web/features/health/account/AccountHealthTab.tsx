/**
 * The account's health tab: the score with its band, trend and what pulls it down; the score
 * over 180 days on the bands; each measure's part in it; and the CSM's sentiment with the form
 * to record a new one. Before the first score, it says where one comes from.
 */
import { Button, EmptyState, Grid, Group, Skeleton } from '@mantine/core';
import { IconChartLine, IconHeartbeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/types';
import { SCORED_STATUSES } from '../../../../domain/accounts/fields';
import { QueryError } from '../../../components/QueryError';
import { HealthHistoryChart } from './HealthHistoryChart';
import { HealthSummary } from './HealthSummary';
import { MeasureBreakdown } from './MeasureBreakdown';
import { SentimentCard } from './SentimentCard';
import { useAccountHealth, useScorecardVersion } from './use-account-health';

interface Props {
  account: Account;
  /** opens another tab of the account page (the usage tab from the empty state) */
  onOpenTab: (tab: string) => void;
}

export function AccountHealthTab({ account, onOpenTab }: Props) {
  const { t } = useTranslation();
  const health = useAccountHealth(account.id);
  const version = useScorecardVersion(health.data);

  if (health.isPending) {
    return (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}><Skeleton h={360} radius="md" /></Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}><Skeleton h={360} radius="md" /></Grid.Col>
      </Grid>
    );
  }
  if (health.isError) return <QueryError error={health.error} onRetry={() => void health.refetch()} />;
  const current = health.data;

  if (!current) {
    // Not scored yet: the worker scores every customer within seconds of data arriving. Prospects
    // and churned accounts are never scored, and waiting for data would not change that.
    const customer = (SCORED_STATUSES as readonly string[]).includes(account.status);
    return (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <EmptyState py={48} variant="light" icon={<IconHeartbeat size={30} />}
            title={t(customer ? 'accountHealth.emptyTitle' : 'accountHealth.notCustomerTitle')}
            description={customer ? t('accountHealth.emptyDescription') : t('accountHealth.notCustomerDescription', { status: t(`accountStatus.${account.status}`) })}
            data-testid={customer ? 'health-empty' : 'health-not-customer'} styles={{ description: { maxWidth: 520 } }}>
            <EmptyState.Actions>
              <Group justify="center">
                <Button variant="default" leftSection={<IconChartLine size={16} />} onClick={() => onOpenTab('usage')}>{t('accountHealth.openUsage')}</Button>
              </Group>
            </EmptyState.Actions>
          </EmptyState>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <SentimentCard accountId={account.id} health={null} />
        </Grid.Col>
      </Grid>
    );
  }

  return (
    <Grid gap="lg" data-testid="health-tab">
      <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
        <HealthSummary health={current} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
        <HealthHistoryChart accountId={account.id} bands={version?.definition.bands} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <MeasureBreakdown health={current} definition={version?.definition} currency={account.currency} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <SentimentCard accountId={account.id} health={current} />
      </Grid.Col>
    </Grid>
  );
}
