/**
 * The revenue dashboard (収益): MRR and its movements, retention, churn, cohorts, ACV and
 * benchmarks for a range, interval and segment, all from GET /metrics/dashboard in one call.
 */
import { useState } from 'react';
import { Button, Paper } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, metricsKeys } from '../../api/metrics';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCan } from '../../session/use-session';
import type { Drill } from './drill';
import { DrillDownDrawer } from './DrillDownDrawer';
import { hasHistory } from './has-history';
import { KpiTilesSkeleton } from './KpiTiles';
import { ChartsSkeleton, RevenueDashboard } from './RevenueDashboard';
import { RevenueControls } from './RevenueControls';
import { RevenueEmptyState } from './RevenueEmptyState';
import { useRevenueParams } from './use-revenue-params';

export function RevenuePage() {
  const { t } = useTranslation();
  const isAdmin = useCan('workspace.admin');
  const { query, update } = useRevenueParams();
  const [drill, setDrill] = useState<Drill | null>(null);
  const dashboard = useQuery({
    queryKey: metricsKeys.dashboard(query), queryFn: () => metricsApi.dashboard(query), placeholderData: keepPreviousData,
  });
  const summary = dashboard.data?.summary;

  return (
    <>
      <PageHeader title={t('revenue.title')} subtitle={t('revenue.subtitle')}
        actions={<>
          <Button component={Link} to="/revenue/targets" variant="default">{t('revenue.targets.title')}</Button>
          {isAdmin && <Button component={Link} to="/settings/metrics" variant="default" leftSection={<IconSettings size={16} />}>{t('revenue.settings.title')}</Button>}
        </>} />
      <RevenueControls query={query} shown={summary ? { from: summary.from, to: summary.to } : null} onChange={update} />
      <div data-testid="revenue-dashboard" style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        {dashboard.isPending ? <><KpiTilesSkeleton /><ChartsSkeleton /></>
          : dashboard.isError ? <Paper withBorder><QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} /></Paper>
            : !hasHistory(dashboard.data.summary) ? <Paper withBorder><RevenueEmptyState /></Paper>
              : <RevenueDashboard dashboard={dashboard.data} query={query} onDrill={setDrill} />}
      </div>
      <DrillDownDrawer drill={drill} segment={query.segment} onClose={() => setDrill(null)} />
    </>
  );
}
