/** The ROC curve of the backtest with the chance diagonal (ECharts, loaded with the results). */
import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../api/scorecards';
import { useLocale } from '../../../lib/use-format';
import { ChartCard } from '../../revenue/ChartCard';
import { EChart } from '../../revenue/EChart';
import { rocOption } from '../health-charts';
import { formatAuc } from './backtest-reading';

export function RocChart({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(() => {
    const percent = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'percent', maximumFractionDigits: 0 });
    return rocOption(result.roc, {
      curve: t('health.backtest.rocCurve', { auc: formatAuc(result.auc) }), chance: t('health.backtest.chance'),
      fpr: t('health.backtest.fpr'), tpr: t('health.backtest.tpr'),
    }, (v) => percent.format(v));
  }, [result.roc, result.auc, t, locale]);
  return (
    <ChartCard title={t('health.backtest.rocTitle')} testId="roc-chart">
      <EChart option={option} height={320} testId="roc-echart" />
      <Text size="xs" c="dimmed">{t('health.backtest.rocHint')}</Text>
    </ChartCard>
  );
}
