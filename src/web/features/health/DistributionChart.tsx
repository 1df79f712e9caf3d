/**
 * The portfolio's bands per day as stacked areas (counts or shares), over the history the
 * API keeps. Loaded lazily with the ECharts modules.
 */
import { useMemo, useState } from 'react';
import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Distribution } from '../../api/scorecards';
import { useFormat } from '../../lib/use-format';
import { ChartCard } from '../revenue/ChartCard';
import { EChart } from '../revenue/EChart';
import { distributionOption, type DistributionMode } from './health-charts';

interface Props {
  distribution: Distribution;
  days: number;
}

export function DistributionChart({ distribution, days }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [mode, setMode] = useState<DistributionMode>('count');
  const { locale } = format;
  const option = useMemo(() => {
    const percent = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'percent', maximumFractionDigits: 0 });
    const short = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    return distributionOption(distribution.items, mode, {
      red: t('health.band.red'), yellow: t('health.band.yellow'), green: t('health.band.green'), none: t('health.band.none'),
    }, {
      day: (day) => short.format(new Date(`${day}T00:00:00Z`)),
      number: (n) => new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US').format(n),
      percent: (v) => percent.format(v),
    });
  }, [distribution.items, mode, t, locale]);

  return (
    <ChartCard title={t('health.overview.chartTitle', { days })} testId="distribution-chart"
      controls={<SegmentedControl size="xs" value={mode} onChange={(v) => setMode(v === 'share' ? 'share' : 'count')}
        data={[{ value: 'count', label: t('health.overview.counts') }, { value: 'share', label: t('health.overview.shares') }]} />}>
      {distribution.items.length === 0
        ? <Text size="sm" c="dimmed" py={80} ta="center">{t('health.overview.noHistory')}</Text>
        : <EChart option={option} height={300} testId="distribution-echart" />}
    </ChartCard>
  );
}
