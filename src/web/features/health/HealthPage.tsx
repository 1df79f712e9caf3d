/**
 * Health overview (ヘルス): the portfolio's bands now and per day over the last 180 days, and
 * the red accounts to look at first. Managers and admins can recompute every score here.
 */
import { lazy, Suspense } from 'react';
import { Button, Grid, Paper, Skeleton } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys } from '../../api/scorecards';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { AttentionList } from './AttentionList';
import { BandTiles, BandTilesSkeleton } from './BandTiles';
import { HealthEmptyState } from './HealthEmptyState';
import { HealthTabs } from './HealthTabs';

const DistributionChart = lazy(() => import('./DistributionChart').then((m) => ({ default: m.DistributionChart })));

const DAYS = 180;

export function HealthPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canConfigure = useCan('health.configure');
  const distribution = useQuery({ queryKey: healthKeys.distribution(DAYS), queryFn: () => healthApi.distribution(DAYS) });
  const recompute = useMutation({
    mutationFn: healthApi.recompute,
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      notifySaved(t('health.overview.recomputed', { count: result.accounts, seconds: (result.tookMs / 1000).toFixed(1) }));
    },
    onError: (error) => notifyError(t, error),
  });
  const current = distribution.data?.current;
  const total = current ? current.red + current.yellow + current.green + current.none : 0;
  const scored = current ? current.red + current.yellow + current.green : 0;

  return (
    <>
      <PageHeader title={t('health.title')} subtitle={t('health.subtitle')}
        actions={canConfigure && (
          <Button variant="default" leftSection={<IconRefresh size={16} />} loading={recompute.isPending} onClick={() => recompute.mutate()}>
            {t('health.overview.recompute')}
          </Button>
        )} />
      <HealthTabs current="overview" />
      {distribution.isPending ? <><BandTilesSkeleton /><Skeleton h={340} radius="md" /></>
        : distribution.isError ? <Paper><QueryError error={distribution.error} onRetry={() => void distribution.refetch()} /></Paper>
          : scored === 0 && distribution.data.items.every((d) => d.red + d.yellow + d.green === 0)
            ? <Paper><HealthEmptyState hasAccounts={total > 0} /></Paper>
            : (
              <>
                <BandTiles distribution={distribution.data} />
                <Grid gap="md">
                  <Grid.Col span={{ base: 12, lg: 8 }}>
                    <Suspense fallback={<Skeleton h={360} radius="md" />}>
                      <DistributionChart distribution={distribution.data} days={DAYS} />
                    </Suspense>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 4 }}>
                    <AttentionList total={distribution.data.current.red} />
                  </Grid.Col>
                </Grid>
              </>
            )}
    </>
  );
}
