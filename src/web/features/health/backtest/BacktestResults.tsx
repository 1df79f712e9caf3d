/** Everything a finished backtest shows: the AUC and lift, the ROC curve, churn by band, and suggested weights. */
import { EmptyState, Grid, Text } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../api/scorecards';
import { useFormat } from '../../../lib/use-format';
import { AucSummary } from './AucSummary';
import { BandTable } from './BandTable';
import { RocChart } from './RocChart';
import { SuggestedWeights } from './SuggestedWeights';

export function BacktestResults({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (result.accounts === 0) {
    return (
      <EmptyState py={48} variant="light" icon={<IconCalendarOff size={30} />} title={t('health.backtest.noAccountsTitle')}
        description={t('health.backtest.noAccountsDescription', { asOf: format.date(result.asOf) })} data-testid="backtest-empty"
        styles={{ description: { maxWidth: 560 } }} />
    );
  }
  return (
    <div data-testid="backtest-results">
      <Text size="sm" c="dimmed" mb="sm">
        {t('health.backtest.resultLine', {
          asOf: format.date(result.asOf), end: format.date(result.end), count: result.accounts,
          scorecard: result.scorecard ? `${result.scorecard.name} v${result.scorecard.version}` : '—',
        })}
      </Text>
      <AucSummary result={result} />
      <Grid gap="md" mb="md">
        <Grid.Col span={{ base: 12, lg: 6 }}><RocChart result={result} /></Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}><BandTable result={result} /></Grid.Col>
      </Grid>
      <SuggestedWeights result={result} />
    </div>
  );
}
