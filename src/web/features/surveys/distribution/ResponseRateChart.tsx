/**
 * Response rate by segment (tier, phase, plan, company size, industry, owner): a bar per segment
 * with its 95% interval, and the counts behind each bar in a table, so a low rate on few
 * recipients reads as the uncertainty it is.
 */
import { Group, Paper, Select, Skeleton, Table, Text, Title, useMantineTheme } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { distributionApi, distributionKeys, SEGMENT_DIMENSIONS, type RateRow, type SegmentDimension } from '../../../api/survey-distribution';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/use-format';
import { EChart } from '../../revenue/EChart';
import { rateChartOption } from './rate-chart-option';
import { percent } from './rate-format';

export function ResponseRateChart({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const theme = useMantineTheme();
  const [by, setBy] = useState<SegmentDimension>('tier');
  const rates = useQuery({ queryKey: distributionKeys.rates(surveyId, by), queryFn: () => distributionApi.rates(surveyId, by) });
  const rows = useMemo(() => rates.data?.segments ?? [], [rates.data]);

  const label = useMemo(() => (row: RateRow) => {
    if (row.key === null) return t('surveyDistribution.rates.notSet');
    if (by === 'size') return format.sizeBand(row.key);
    return row.label ?? row.key;
  }, [by, format, t]);
  const option = useMemo(() => {
    const interval = (row: RateRow) => (row.interval
      ? t('surveyDistribution.summary.interval', { low: percent(row.interval.low, format.locale), high: percent(row.interval.high, format.locale) }) : '');
    return rateChartOption(rows, {
      label,
      tooltip: (row) => `${label(row)}<br/>${t('surveyDistribution.rates.tooltip', {
        responded: format.number(row.responded), invited: format.number(row.invited), rate: percent(row.rate, format.locale),
      })}<br/>${interval(row)}`,
    }, theme.colors.ai?.[6] ?? '#1c7ed6');
  }, [rows, label, format, t, theme]);

  return (
    <Paper p="md" withBorder data-testid="response-rates">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={4} fz="md">{t('surveyDistribution.rates.title')}</Title>
          <Text size="xs" c="dimmed">{t('surveyDistribution.rates.hint')}</Text>
        </div>
        <Select size="xs" w={180} value={by} onChange={(v) => v && setBy(v as SegmentDimension)} allowDeselect={false} data-testid="rates-by"
          data={SEGMENT_DIMENSIONS.map((d) => ({ value: d, label: t(`surveyDistribution.rates.by.${d}`) }))} />
      </Group>
      {rates.isPending ? <Skeleton h={200} /> : rates.isError ? <QueryError error={rates.error} onRetry={() => void rates.refetch()} /> :
        rows.length === 0 || rates.data.total.invited + rates.data.total.responded === 0 ? (
          <Text size="sm" c="dimmed" ta="center" p="lg" data-testid="rates-empty">{t('surveyDistribution.rates.empty')}</Text>
        ) : (
          <>
            <EChart option={option} height={Math.max(160, rows.length * 36 + 48)} testId="rates-chart" />
            <div className="kz-table-wrap">
              <Table fz="sm" mt="sm" miw={560} data-testid="rates-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`surveyDistribution.rates.by.${by}`)}</Table.Th>
                    <Table.Th ta="right">{t('surveyDistribution.summary.invited')}</Table.Th>
                    <Table.Th ta="right">{t('surveyDistribution.summary.opened')}</Table.Th>
                    <Table.Th ta="right">{t('surveyDistribution.summary.responded')}</Table.Th>
                    <Table.Th ta="right">{t('surveyDistribution.summary.rate')}</Table.Th>
                    <Table.Th ta="right">{t('surveyDistribution.rates.interval')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.key ?? '∅'}>
                      <Table.Td>{label(r)}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{format.number(r.invited)}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{format.number(r.opened)}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{format.number(r.responded)}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{percent(r.rate, format.locale)}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{r.interval ? `${percent(r.interval.low, format.locale)} – ${percent(r.interval.high, format.locale)}` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          </>
        )}
    </Paper>
  );
}
