/**
 * The MRR trend (total, or stacked by segment), the movements waterfall per period, NRR/GRR and
 * churn-rate trends. A click on a bar or point opens what is behind it.
 */
import { useMemo, useState } from 'react';
import { SegmentedControl, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MOVEMENT_TYPES, type MetricsSummary, type MovementType } from '../../api/metrics';
import { useLocale } from '../../lib/use-format';
import { ChartCard } from './ChartCard';
import { mrrTrendOption, ratesTrendOption, waterfallOption } from './chart-options';
import type { Drill } from './drill';
import { EChart } from './EChart';
import { formatPeriodKey } from './metric-format';
import { useChartFormatters } from './use-chart-formatters';

interface Props {
  summary: MetricsSummary;
  onDrill: (drill: Drill) => void;
}

export function TrendCharts({ summary, onDrill }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const f = useChartFormatters(summary.currency);
  const [kind, setKind] = useState<'line' | 'bar'>('line');
  const labels = useMemo(() => summary.periods.map((p) => formatPeriodKey(p.key, locale)), [summary.periods, locale]);

  const mrr = useMemo(() => {
    const series = summary.segment
      ? summary.segment.values.map((v) => ({ name: v.value === null ? t('revenue.noValue') : v.label, values: v.metrics.map((m) => m.mrr) }))
      : [{ name: 'MRR', values: summary.total.map((m) => m.mrr) }];
    return mrrTrendOption(labels, series, kind, f);
  }, [summary, labels, kind, f, t]);
  const waterfall = useMemo(() => waterfallOption(labels, summary.total, {
    new: t('revenue.movement.new'), expansion: t('revenue.movement.expansion'), reactivation: t('revenue.movement.reactivation'),
    contraction: t('revenue.movement.contraction'), churn: t('revenue.movement.churn'), netNew: t('revenue.movement.netNew'),
  }, f), [labels, summary.total, f, t]);
  const retention = useMemo(() => ratesTrendOption(labels, [
    { id: 'nrr', name: 'NRR', values: summary.total.map((m) => m.nrr), color: '#1c7ed6' },
    { id: 'grr', name: 'GRR', values: summary.total.map((m) => m.grr), color: '#2f9e44' },
  ], f), [labels, summary.total, f]);
  const churn = useMemo(() => ratesTrendOption(labels, [
    { id: 'logo', name: t('revenue.kpi.logoChurnRate'), values: summary.total.map((m) => m.logoChurnRate), color: '#e03131' },
    { id: 'gross', name: t('revenue.kpi.grossMrrChurnRate'), values: summary.total.map((m) => m.grossMrrChurnRate), color: '#f08c00' },
    { id: 'net', name: t('revenue.kpi.netMrrChurnRate'), values: summary.total.map((m) => m.netMrrChurnRate), color: '#868e96' },
  ], f), [labels, summary.total, f, t]);

  const period = (index: number) => summary.periods[index];
  const drillMovements = (index: number, types: MovementType[], name: string) => {
    const p = period(index);
    if (p) onDrill({ kind: 'movements', from: p.start, to: p.end, types, title: `${name} · ${labels[index] ?? ''}` });
  };
  const drillAccounts = (index: number, seriesId: string | undefined) => {
    const p = period(index);
    if (!p) return;
    const value = summary.segment?.values.find((v) => (v.value === null ? t('revenue.noValue') : v.label) === seriesId);
    onDrill({
      kind: 'accounts', on: p.end, title: `MRR · ${labels[index] ?? ''}${value ? ` · ${seriesId ?? ''}` : ''}`,
      ...(value ? { segmentValue: value.value ?? '' } : {}),
    });
  };

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mb="md">
      <ChartCard title={t('revenue.charts.mrrTrend')} metric="mrr" testId="chart-mrr"
        controls={<SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v === 'bar' ? 'bar' : 'line')}
          data={[{ value: 'line', label: t('revenue.charts.line') }, { value: 'bar', label: t('revenue.charts.bar') }]} />}>
        <EChart option={mrr} height={280} onClick={(c) => drillAccounts(c.dataIndex, c.seriesId)} />
      </ChartCard>
      <ChartCard title={t('revenue.charts.waterfall')} metric="movements.netNew" testId="chart-waterfall">
        <EChart option={waterfall} height={280} testId="waterfall" onClick={(c) => {
          const type = MOVEMENT_TYPES.find((m) => m === c.seriesId);
          drillMovements(c.dataIndex, type ? [type] : [...MOVEMENT_TYPES], type ? t(`revenue.movement.${type}`) : t('revenue.movement.netNew'));
        }} />
      </ChartCard>
      <ChartCard title={t('revenue.charts.retention')} metric="nrr" testId="chart-retention">
        <EChart option={retention} height={240} onClick={(c) => drillMovements(c.dataIndex, [...MOVEMENT_TYPES], t('revenue.charts.retention'))} />
      </ChartCard>
      <ChartCard title={t('revenue.charts.churn')} metric="logoChurnRate" testId="chart-churn">
        <EChart option={churn} height={240} onClick={(c) => drillMovements(c.dataIndex, ['contraction', 'churn'], t('revenue.charts.churn'))} />
      </ChartCard>
    </SimpleGrid>
  );
}
