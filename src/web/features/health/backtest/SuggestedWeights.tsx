/**
 * Weights fitted on the history beside the current ones: a bar per measure, the AUCs on the
 * held-out accounts (the fitted model, the current scorecard and the suggested one, all on the
 * same accounts), the split sizes, an honest note when the data were too thin to fit, and the
 * way to try the suggestion in the editor (preview first, as always).
 */
import { useMemo } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconWand } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../api/scorecards';
import { useFormat } from '../../../lib/use-format';
import { useCan } from '../../../session/use-session';
import { formatRate } from '../../revenue/metric-format';
import { EChart } from '../../revenue/EChart';
import { weightsOption } from '../health-charts';
import { formatAuc, readSuggestion } from './backtest-reading';

export function SuggestedWeights({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const canConfigure = useCan('health.configure');
  const { fit } = result;
  const { locale } = format;
  const option = useMemo(() => {
    const percent = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'percent', maximumFractionDigits: 0 });
    return weightsOption(fit.weights, { current: t('health.backtest.currentWeight'), suggested: t('health.backtest.suggestedWeight') }, (v) => percent.format(v));
  }, [fit.weights, t, locale]);

  const apply = () => {
    if (!fit.suggested || !result.scorecard) return;
    navigate(`/health/scorecards/${result.scorecard.id}`, {
      state: { suggested: fit.suggested, note: t('health.backtest.appliedNote', { asOf: format.date(result.asOf), days: result.horizonDays }) },
    });
  };
  const reading = readSuggestion(fit);
  const aucs = [
    { key: 'current', value: fit.currentHeldOutAuc },
    { key: 'suggested', value: fit.suggestedHeldOutAuc },
    { key: 'model', value: fit.heldOutAuc },
  ] as const;

  return (
    <Paper p="md" data-testid="suggested-weights">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={4} fz={16}>{t('health.backtest.fitTitle')}</Title>
          <Text size="sm" c="dimmed" maw={720}>{t('health.backtest.fitHint')}</Text>
        </div>
        {canConfigure && (
          <Button
            leftSection={<IconWand size={16} />} disabled={!fit.suggested || !result.scorecard} onClick={apply}
            variant={reading.versusCurrent === 'worse' || reading.versusCurrent === 'same' ? 'default' : 'filled'}
          >{t('health.backtest.apply')}</Button>
        )}
      </Group>
      {fit.reason && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="sm" data-testid="fit-reason">
          {t(`health.backtest.fitReason.${fit.reason}`, { defaultValue: t('health.backtest.fitReason.other') })}
        </Alert>
      )}
      {aucs.some((a) => a.value !== null) && <SimpleGrid cols={{ base: 3 }} spacing="sm" mb="sm">
        {aucs.map((a) => (
          <Paper key={a.key} p="sm" bg="gray.0" withBorder={false} data-testid={`fit-auc-${a.key}`}>
            <Text size="xs" c="dimmed">{t(`health.backtest.heldOut.${a.key}`)}</Text>
            <Text fz={24} fw={700} className="kz-num">{formatAuc(a.value)}</Text>
          </Paper>
        ))}
      </SimpleGrid>}
      {fit.suggested && (reading.versusCurrent === 'worse' || reading.versusCurrent === 'same') && (
        <Alert
          color={reading.versusCurrent === 'worse' ? 'yellow' : 'gray'} variant="light" mb="sm" data-testid={`fit-${reading.versusCurrent}`}
          icon={reading.versusCurrent === 'worse' ? <IconAlertTriangle size={18} /> : <IconInfoCircle size={18} />}
        >
          {t(`health.backtest.versusCurrent.${reading.versusCurrent}`, { suggested: formatAuc(fit.suggestedHeldOutAuc), current: formatAuc(fit.currentHeldOutAuc) })}
        </Alert>
      )}
      {reading.oneChurnerStep !== null && (
        <Text size="xs" c="orange.8" mb={4} data-testid="fit-thin-test">
          {t('health.backtest.thinTest', { count: fit.testChurned, step: reading.oneChurnerStep.toFixed(2) })}
        </Text>
      )}
      <Text size="xs" c="dimmed" mb="md">
        {t('health.backtest.split', { train: fit.trainAccounts, test: fit.testAccounts, churned: fit.testChurned })}
        {fit.l2 !== null && ` · ${t('health.backtest.penalty', { l2: fit.l2 })}`}
      </Text>
      {fit.weights.length > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <EChart option={option} height={Math.max(180, 44 * fit.weights.length + 50)} testId="weights-echart" />
          <Table fz="sm" data-testid="weights-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('health.backtest.measure')}</Table.Th>
                <Table.Th ta="right">{t('health.backtest.currentWeight')}</Table.Th>
                <Table.Th ta="right">{t('health.backtest.suggestedWeight')}</Table.Th>
                <Table.Th ta="right">{t('health.backtest.effect')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fit.weights.map((w) => (
                <Table.Tr key={w.measureId}>
                  <Table.Td>{w.label}</Table.Td>
                  <Table.Td ta="right" className="kz-num">{formatRate(w.currentWeight, locale)}</Table.Td>
                  <Table.Td ta="right" className="kz-num" fw={600}>{formatRate(w.suggestedWeight, locale)}</Table.Td>
                  <Table.Td ta="right" className="kz-num" c={w.logOddsPer10Points < 0 ? 'teal' : w.logOddsPer10Points > 0 ? 'red' : 'dimmed'}>
                    {effectText(t, w.logOddsPer10Points, locale)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
      <Stack gap={2} mt="sm">
        {fit.weights.length > 0 && <Text size="xs" c="dimmed">{t('health.backtest.effectHint')}</Text>}
        {fit.suggested && <Text size="xs" c="dimmed">{t('health.backtest.flattenNote')}</Text>}
        {fit.heldOutAuc !== null && fit.suggestedHeldOutAuc !== null && <Text size="xs" c="dimmed">{t('health.backtest.modelNote')}</Text>}
      </Stack>
    </Paper>
  );
}

/** Log-odds per 10 points as the change in the odds of churning: −0.3 → "odds ×0.74". */
function effectText(t: ReturnType<typeof useTranslation>['t'], logOdds: number, locale: 'ja' | 'en'): string {
  const factor = Math.exp(logOdds);
  return t('health.backtest.oddsFactor', { factor: new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(factor) });
}
