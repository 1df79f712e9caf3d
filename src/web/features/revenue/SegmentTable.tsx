/** The latest period by segment value (largest MRR first); a row opens its paying accounts. */
import { Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { metricsCsvUrl, type MetricsSummary, type RangeQuery } from '../../api/metrics';
import { useFormat } from '../../lib/use-format';
import { customFieldLabel, useCustomFields } from '../custom-fields/use-custom-fields';
import { CsvButton } from './CsvButton';
import type { Drill } from './drill';
import { formatRate } from './metric-format';

interface Props {
  summary: MetricsSummary;
  query: RangeQuery;
  periodLabel: string;
  onDrill: (drill: Drill) => void;
}

export function SegmentTable({ summary, query, periodLabel, onDrill }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const customFields = useCustomFields('account');
  const index = summary.periods.length - 1;
  const period = summary.periods[index];
  if (!summary.segment || !period) return null;
  const field = summary.segment.field;
  const custom = customFields.items.find((def) => `custom:${def.key}` === field);
  // A custom field's key holds a colon, which i18next would read as a namespace: name it from its definition.
  const segmentName = custom ? customFieldLabel(custom, format.locale) : t(`revenue.segment.${field}`, { defaultValue: field });
  const money = (v: number | null) => format.money(v === null ? null : Math.round(v), summary.currency);
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="segment-table">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">{t('revenue.bySegment', { segment: segmentName, period: periodLabel })}</Text>
        <CsvButton href={metricsCsvUrl('/metrics/summary', { interval: query.interval, from: summary.from, to: summary.to, segment: query.segment })}
          fileName={`metrics-${summary.from}-${summary.to}.csv`} />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('revenue.segment.value')}</Table.Th>
              <Table.Th ta="right">MRR</Table.Th>
              <Table.Th ta="right">ARR</Table.Th>
              <Table.Th ta="right">{t('revenue.kpi.payingAccounts')}</Table.Th>
              <Table.Th ta="right">NRR</Table.Th>
              <Table.Th ta="right">GRR</Table.Th>
              <Table.Th ta="right">{t('revenue.kpi.logoChurnRate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.segment.values.map((v) => {
              const m = v.metrics[index];
              if (!m) return null;
              const label = v.value === null ? t('revenue.noValue') : v.label;
              return (
                <Table.Tr key={v.value ?? '(none)'}>
                  <Table.Td>
                    <UnstyledButton onClick={() => onDrill({ kind: 'accounts', on: period.end, title: `${label} · ${periodLabel}`, segmentValue: v.value ?? '' })}>
                      <Text size="sm" c="blue">{label}</Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td ta="right">{money(m.mrr)}</Table.Td>
                  <Table.Td ta="right">{money(m.arr)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.payingAccounts)}</Table.Td>
                  <Table.Td ta="right">{formatRate(m.nrr, format.locale)}</Table.Td>
                  <Table.Td ta="right">{formatRate(m.grr, format.locale)}</Table.Td>
                  <Table.Td ta="right">{formatRate(m.logoChurnRate, format.locale)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
