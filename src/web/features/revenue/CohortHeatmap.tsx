/** Retention by start month: MRR-weighted or by logo, months since the start across. */
import { useMemo, useState } from 'react';
import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MetricsDashboard } from '../../api/metrics';
import { metricsCsvUrl } from '../../api/metrics';
import { useLocale } from '../../lib/use-format';
import { ChartCard } from './ChartCard';
import { cohortHeatmapOption } from './chart-options';
import { CsvButton } from './CsvButton';
import { EChart } from './EChart';
import { formatCohort } from './metric-format';
import { useChartFormatters } from './use-chart-formatters';

export function CohortHeatmap({ cohorts }: { cohorts: MetricsDashboard['cohorts'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters(cohorts.currency);
  const [mode, setMode] = useState<'mrr' | 'logo'>('mrr');
  // A month in which no account started has nothing to retain: leave its empty row out.
  const rows = useMemo(() => cohorts.rows.filter((r) => r.accounts > 0), [cohorts.rows]);
  const option = useMemo(() => cohortHeatmapOption(rows, mode, (c) => formatCohort(c, locale),
    (offset) => t('revenue.cohort.offset', { count: offset }), f), [rows, mode, locale, t, f]);
  const height = Math.max(200, 96 + rows.length * 32);
  return (
    <ChartCard title={t('revenue.charts.cohorts')} metric="cohortHeatmap" testId="chart-cohorts"
      controls={<>
        <SegmentedControl size="xs" value={mode} onChange={(v) => setMode(v === 'logo' ? 'logo' : 'mrr')}
          data={[{ value: 'mrr', label: t('revenue.cohort.mrr') }, { value: 'logo', label: t('revenue.cohort.logo') }]} />
        <CsvButton href={metricsCsvUrl('/metrics/cohorts', { from: cohorts.from, to: cohorts.to })} fileName={`cohorts-${cohorts.from}-${cohorts.to}.csv`} />
      </>}>
      {rows.length === 0
        ? <Text size="sm" c="dimmed" py="lg" ta="center">{t('revenue.cohort.none')}</Text>
        : <EChart option={option} height={height} />}
    </ChartCard>
  );
}
