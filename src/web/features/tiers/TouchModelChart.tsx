/** The report's chart: per tier or per CSM, loaded lazily with the ECharts modules. */
import { useMemo, useState } from 'react';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TouchReport } from '../../api/tiers';
import { formatMoneyCompact, formatNumber } from '../../lib/format';
import { useLocale } from '../../lib/use-format';
import { ChartCard } from '../revenue/ChartCard';
import { EChart } from '../revenue/EChart';
import { ownerChartOption, tierChartOption } from './touch-charts';

export function TouchModelChart({ report }: { report: TouchReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [view, setView] = useState<'tier' | 'owner'>('tier');
  const option = useMemo(() => {
    const words = {
      accounts: t('touchModel.report.accounts'), arr: t('touchModel.report.arr'), overdue: t('touchModel.report.overdue'),
      unassigned: t('touchModel.unassigned'), noOwner: t('touchModel.report.noOwner'),
      money: (v: number) => formatMoneyCompact(v, report.currency, locale), number: (n: number) => formatNumber(n, locale),
    };
    return view === 'tier' ? tierChartOption(report, words) : ownerChartOption(report, words);
  }, [report, view, t, locale]);
  const height = view === 'tier' ? 300 : Math.max(220, 48 + report.owners.length * 34);
  return (
    <ChartCard title={view === 'tier' ? t('touchModel.report.chartTier') : t('touchModel.report.chartOwner')} testId="touch-model-chart"
      controls={<SegmentedControl size="xs" value={view} onChange={(v) => setView(v === 'owner' ? 'owner' : 'tier')}
        data={[{ value: 'tier', label: t('touchModel.report.byTier') }, { value: 'owner', label: t('touchModel.report.byOwner') }]} />}>
      <EChart option={option} height={height} testId="touch-model-echart" />
    </ChartCard>
  );
}
