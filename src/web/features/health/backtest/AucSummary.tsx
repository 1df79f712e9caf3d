/**
 * The headline of a backtest: the AUC as a big number with what it means in plain words, the
 * red band's lift, and the outcome counts over the horizon.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../api/scorecards';
import { useFormat } from '../../../lib/use-format';
import { formatRate, formatRatio } from '../../revenue/metric-format';
import { AUC_COLORS, formatAuc, readAuc } from './backtest-reading';

/**
 * Below this many churned accounts the AUC is fragile: each churner's rank moves it by up to
 * 1/n, so one account more or less can turn "strong" into "weak".
 */
const FEW_CHURNED = 10;

const OUTCOME_COLORS = { churned: '#e03131', contracted: '#f08c00', retained: '#868e96', expanded: '#0ca678' } as const;

export function AucSummary({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reading = readAuc(result.auc);
  const red = result.bands.find((b) => b.band === 'red');
  const scored = result.accounts - result.unscored;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mb="md">
      <Paper p="md" data-testid="auc-card">
        <Text size="xs" c="dimmed" fw={500}>{t('health.backtest.auc')}</Text>
        <Group align="baseline" gap="sm" mt={4}>
          <Text fz={40} fw={700} lh={1} className="kz-num" data-testid="auc-value">
            {formatAuc(result.auc)}
          </Text>
          <Badge color={AUC_COLORS[reading]} variant="light" size="lg">{t(`health.backtest.reading.${reading}`)}</Badge>
        </Group>
        <Text size="sm" mt="xs">{t(`health.backtest.readingText.${reading}`)}</Text>
        {result.auc !== null && result.outcomes.churned < FEW_CHURNED && (
          <Text size="xs" c="orange.8" mt={4} data-testid="auc-few-churned">{t('health.backtest.fewChurned', { count: result.outcomes.churned })}</Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>{t('health.backtest.aucScale')}</Text>
      </Paper>
      <Paper p="md" data-testid="lift-card">
        <Text size="xs" c="dimmed" fw={500}>{t('health.backtest.redLift')}</Text>
        <Text fz={40} fw={700} lh={1} mt={4} className="kz-num" c={result.redLift !== null && result.redLift > 1 ? 'red' : undefined}>
          {result.redLift === null ? '—' : `${formatRatio(result.redLift, format.locale)}×`}
        </Text>
        <Text size="sm" mt="xs">
          {red && red.accounts > 0
            ? t('health.backtest.liftText', { red: formatRate(red.churnRate, format.locale), all: formatRate(result.churnRate, format.locale) })
            : t('health.backtest.noRed')}
        </Text>
      </Paper>
      <Paper p="md" data-testid="outcomes-card">
        <Text size="xs" c="dimmed" fw={500}>{t('health.backtest.outcomes', { count: result.accounts })}</Text>
        <Stack gap={6} mt="xs">
          {(['churned', 'contracted', 'retained', 'expanded'] as const).map((o) => (
            <Group key={o} justify="space-between" gap="xs">
              <Group gap={6}>
                <span style={{ width: 10, height: 10, borderRadius: 5, background: OUTCOME_COLORS[o], display: 'inline-block' }} />
                <Text size="sm">{t(`health.backtest.outcome.${o}`)}</Text>
              </Group>
              <Text size="sm" fw={600} className="kz-num" data-testid={`outcome-${o}`}>{format.number(result.outcomes[o])}</Text>
            </Group>
          ))}
        </Stack>
        {result.unscored > 0 && <Text size="xs" c="dimmed" mt={6}>{t('health.backtest.unscored', { count: result.unscored, scored })}</Text>}
      </Paper>
    </SimpleGrid>
  );
}
