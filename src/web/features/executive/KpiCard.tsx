/**
 * One leadership KPI: the month's value, the change from last month (coloured by whether it
 * is good news), its 12-month trend, the target of the period holding the month, and where
 * it stands on the published benchmarks, each with source and year.
 */
import { lazy, Suspense } from 'react';
import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExecutiveKpi } from '../../api/executive';
import { useFormat } from '../../lib/use-format';
import { MetricHelp } from '../revenue/MetricHelp';
import { formatPeriodKey, formatRate } from '../revenue/metric-format';
import { BenchmarkLines } from './BenchmarkLines';
import { changeOf, isGoodChange } from './executive-reading';

const Sparkline = lazy(() => import('../../components/Sparkline').then((m) => ({ default: m.Sparkline })));

/** The written definition each tile shows on hover (src/domain/metrics/definition-texts.ts). */
const DEFINITION = { nrr_12m: 'nrr12m', grr_12m: 'grr12m', revenue_churn_rate: 'grossMrrChurnRate', retention_rate: 'retention' } as const;

export function KpiCard({ kpi }: { kpi: ExecutiveKpi }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const rate = (v: number | null | undefined) => formatRate(v, locale);
  const change = changeOf(kpi.value, kpi.previous);
  const good = isGoodChange(change, kpi.better);
  const points = kpi.trend.flatMap((p) => (p.value === null ? [] : [{ label: formatPeriodKey(p.key, locale), value: p.value }]));
  const target = kpi.target;

  return (
    <Paper withBorder radius="md" p="md" data-testid={`exec-kpi-${kpi.key}`} className="kz-exec-avoid-break">
      <MetricHelp metric={DEFINITION[kpi.key]}><Text size="sm" fw={600}>{t(`executive.kpi.${kpi.key}`)}</Text></MetricHelp>
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
        <div>
          <Text fz={28} fw={700} className="kz-num" data-testid="exec-kpi-value">{rate(kpi.value)}</Text>
          <Text size="xs" c={good === null ? 'dimmed' : good ? 'teal' : 'red'}>
            {change === null ? t('executive.noPrevious') : t('executive.vsPrevious', { change: `${change > 0 ? '+' : ''}${(change * 100).toFixed(1)}` })}
          </Text>
        </div>
        {points.length > 1 && (
          <Box title={t('executive.trend12')}>
            <Suspense fallback={null}>
              <Sparkline points={points} width={96} height={36} formatValue={rate} />
            </Suspense>
          </Box>
        )}
      </Group>
      <Stack gap={4} mt="sm">
        {target ? (
          <Group gap={6} wrap="wrap" data-testid="exec-kpi-target">
            <Text size="xs">{t('executive.target', { value: rate(target.target), period: periodLabel(target.interval, target.periodStart, locale, t) })}</Text>
            {target.met !== null && (
              <Badge size="xs" variant="light" color={target.met ? 'teal' : 'red'}>
                {target.met ? t('executive.met') : t('executive.missed')}{target.complete ? '' : ` · ${t('executive.toDate')}`}
              </Badge>
            )}
            {target.kpi !== kpi.key && <Text size="xs" c="dimmed">{t('executive.targetOf', { kpi: t(`executive.targetKpi.${target.kpi}`, { defaultValue: target.kpi }), actual: rate(target.actual) })}</Text>}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">{t('executive.noTarget')}</Text>
        )}
        {kpi.benchmark && kpi.benchmark.value !== kpi.value && (
          <Text size="xs" c="dimmed">{t('executive.benchmarkValue', { value: rate(kpi.benchmark.value) })}</Text>
        )}
        <BenchmarkLines figure={kpi.benchmark} />
      </Stack>
    </Paper>
  );
}

function periodLabel(interval: string, start: string, locale: 'ja' | 'en', t: (key: string, o?: Record<string, unknown>) => string): string {
  if (interval === 'month') return formatPeriodKey(start.slice(0, 7), locale);
  return t(`executive.interval.${interval}`, { start: formatPeriodKey(start.slice(0, 7), locale) });
}
