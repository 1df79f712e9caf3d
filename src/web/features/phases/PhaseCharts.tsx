/** The roadmap report's two charts, loaded lazily with the ECharts modules. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseReport } from '../../api/phases';
import { formatMoneyCompact, formatNumber } from '../../lib/format';
import { useLocale } from '../../lib/use-format';
import { ChartCard } from '../revenue/ChartCard';
import { EChart } from '../revenue/EChart';
import { funnelChartOption, timeChartOption } from './phase-charts';

function useWords(report: PhaseReport) {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => ({
    accounts: t('phases.report.accounts'), arr: t('phases.report.arr'), median: t('phases.report.median'), p75: t('phases.report.p75'),
    money: (v: number) => formatMoneyCompact(v, report.currency, locale), number: (n: number) => formatNumber(n, locale),
    days: (n: number) => t('phases.saw.dayCount', { count: Math.round(n) }),
  }), [t, locale, report.currency]);
}

export function FunnelChart({ report }: { report: PhaseReport }) {
  const { t } = useTranslation();
  const words = useWords(report);
  const option = useMemo(() => funnelChartOption(report, words), [report, words]);
  return (
    <ChartCard title={t('phases.report.funnelChart')} testId="phase-funnel-chart">
      <EChart option={option} height={Math.max(220, 60 + report.phases.length * 48)} testId="phase-funnel-echart" />
    </ChartCard>
  );
}

export function TimeInPhaseChart({ report }: { report: PhaseReport }) {
  const { t } = useTranslation();
  const words = useWords(report);
  const option = useMemo(() => timeChartOption(report, words), [report, words]);
  return (
    <ChartCard title={t('phases.report.timeChart')} testId="phase-time-chart">
      <EChart option={option} height={260} testId="phase-time-echart" />
    </ChartCard>
  );
}
