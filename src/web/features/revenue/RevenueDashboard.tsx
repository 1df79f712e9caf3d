/** Everything below the controls once the payload is in: tiles, trends, cohorts, ACV, benchmarks, segments. */
import { lazy, Suspense } from 'react';
import { Alert, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MetricsDashboard, RangeQuery } from '../../api/metrics';
import { useLocale } from '../../lib/use-format';
import type { Drill } from './drill';
import { KpiTiles } from './KpiTiles';
import { formatPeriodKey } from './metric-format';
import { SegmentTable } from './SegmentTable';
import { BenchmarkPanel } from './BenchmarkPanel';

// The chart modules (ECharts) load after the tiles so the figures show first.
const TrendCharts = lazy(() => import('./TrendCharts').then((m) => ({ default: m.TrendCharts })));
const CohortHeatmap = lazy(() => import('./CohortHeatmap').then((m) => ({ default: m.CohortHeatmap })));
const AcvDistribution = lazy(() => import('./AcvDistribution').then((m) => ({ default: m.AcvDistribution })));

interface Props {
  dashboard: MetricsDashboard;
  query: RangeQuery;
  onDrill: (drill: Drill) => void;
}

export function RevenueDashboard({ dashboard, query, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { summary } = dashboard;
  const last = summary.periods.length - 1;
  const period = summary.periods[last];
  const metrics = summary.total[last];
  if (!period || !metrics) return null;
  const periodLabel = formatPeriodKey(period.key, locale);
  return (
    <>
      {summary.warnings.map((w) => (
        <Alert key={w.currency} color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md">
          {t('revenue.missingRate', { currency: w.currency })}
        </Alert>
      ))}
      <KpiTiles period={period} periodLabel={periodLabel} metrics={metrics} currency={summary.currency} onDrill={onDrill} />
      <Suspense fallback={<ChartsSkeleton />}>
        <TrendCharts summary={summary} onDrill={onDrill} />
        <SegmentTable summary={summary} query={query} periodLabel={periodLabel} onDrill={onDrill} />
        <Stack gap="md" mb="md">
          <CohortHeatmap cohorts={dashboard.cohorts} />
        </Stack>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <AcvDistribution acv={dashboard.acv} />
          <BenchmarkPanel benchmarks={dashboard.benchmarks} />
        </SimpleGrid>
      </Suspense>
    </>
  );
}

export function ChartsSkeleton() {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md" aria-busy="true">
      {[0, 1, 2, 3].map((i) => <Skeleton key={i} height={300} radius="md" />)}
    </SimpleGrid>
  );
}
