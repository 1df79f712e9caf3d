/** Targets per KPI and period with the actual beside each (to date while the period runs), and a form to set one. */
import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, NumberInput, Paper, Select, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { metricsApi, metricsCsvUrl, metricsKeys, type MetricsInterval } from '../../../api/metrics';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { errorText } from '../../../lib/errors';
import { toMinor } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useFormat } from '../../../lib/use-format';
import { useCan } from '../../../session/use-session';
import { CsvButton } from '../CsvButton';
import { TARGET_KPIS, unitOfKpi } from './kpi-keys';
import { useKpiValue } from './use-kpi-value';

export function TargetsTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const queryClient = useQueryClient();
  const targets = useQuery({ queryKey: metricsKeys.targets(), queryFn: () => metricsApi.targets({}) });
  const currency = targets.data?.currency ?? 'JPY';
  const show = useKpiValue(currency);
  const remove = useMutation({
    mutationFn: (id: string) => metricsApi.deleteTarget(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['metrics', 'targets'] }),
    onError: (error) => notifyError(t, error),
  });

  return (
    <Paper withBorder radius="md" p="md" data-testid="targets">
      <Group justify="space-between" mb="sm">
        <Title order={4} fz={16}>{t('revenue.targets.vsActual')}</Title>
        <CsvButton href={metricsCsvUrl('/metrics/targets', {})} fileName="kpi-targets.csv" />
      </Group>
      {targets.isPending ? <TableSkeleton rows={4} /> : targets.isError ? <QueryError error={targets.error} onRetry={() => void targets.refetch()} /> : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>KPI</Table.Th>
                <Table.Th>{t('revenue.targets.period')}</Table.Th>
                <Table.Th ta="right">{t('revenue.targets.target')}</Table.Th>
                <Table.Th ta="right">{t('revenue.targets.actual')}</Table.Th>
                <Table.Th />
                {canWrite && <Table.Th w={40} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{t(`revenue.kpiKeys.${item.kpi}`, { defaultValue: item.kpi })}</Table.Td>
                  <Table.Td><Text size="sm">{format.date(item.periodStart)} – {format.date(item.periodEnd)}</Text>
                    {!item.complete && <Text size="xs" c="dimmed">{t('revenue.targets.toDate')}</Text>}</Table.Td>
                  <Table.Td ta="right">{show(item.unit, item.target)}</Table.Td>
                  <Table.Td ta="right">{show(item.unit, item.actual)}</Table.Td>
                  <Table.Td>{item.complete && item.met !== null && <Badge variant="light" color={item.met ? 'teal' : 'red'}>{t(item.met ? 'revenue.targets.met' : 'revenue.targets.missed')}</Badge>}</Table.Td>
                  {canWrite && <Table.Td><ActionIcon variant="subtle" color="gray" aria-label={t('common.delete')} onClick={() => remove.mutate(item.id)}><IconTrash size={16} /></ActionIcon></Table.Td>}
                </Table.Tr>
              ))}
              {targets.data.items.length === 0 && <Table.Tr><Table.Td colSpan={6}><Text size="sm" c="dimmed">{t('revenue.targets.none')}</Text></Table.Td></Table.Tr>}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canWrite && <TargetForm currency={currency} />}
    </Paper>
  );
}

function TargetForm({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [kpi, setKpi] = useState<string | null>('nrr');
  const [interval, setInterval] = useState<MetricsInterval>('month');
  const [periodStart, setPeriodStart] = useState<string | null>(null);
  const [value, setValue] = useState<number | ''>('');
  const unit = unitOfKpi(kpi ?? '');
  const save = useMutation({
    mutationFn: () => {
      const typed = value === '' ? 0 : value;
      // Rates are typed as percentages and stored as fractions; amounts in major units, stored in minor.
      const target = unit === 'rate' ? typed / 100 : unit === 'amount' ? toMinor(typed, currency) : typed;
      return metricsApi.putTarget({ kpi: kpi ?? '', interval, periodStart: periodStart ?? '', target });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['metrics', 'targets'] });
      setValue('');
    },
  });
  return (
    <>
      {save.isError && <Alert color="red" variant="light" mt="sm">{errorText(t, save.error)}</Alert>}
      <Group gap="xs" align="flex-end" mt="md" wrap="wrap">
        <Select w={200} label="KPI" searchable value={kpi} onChange={setKpi}
          data={TARGET_KPIS.map((k) => ({ value: k, label: t(`revenue.kpiKeys.${k}`) }))} />
        <Select w={120} label={t('revenue.interval.label')} value={interval} onChange={(v) => setInterval((v ?? 'month') as MetricsInterval)}
          data={(['month', 'quarter', 'fiscal_year'] as const).map((v) => ({ value: v, label: t(`revenue.interval.${v}`) }))} />
        <DateInput w={150} label={t('revenue.targets.periodStart')} value={periodStart} onChange={setPeriodStart}
          valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} />
        <NumberInput w={140} label={t('revenue.targets.target')} value={value} onChange={(v) => setValue(typeof v === 'number' ? v : '')}
          suffix={unit === 'rate' ? '%' : undefined} prefix={unit === 'amount' && currency === 'JPY' ? '¥' : undefined} thousandSeparator="," decimalScale={unit === 'count' ? 0 : 2} />
        <Button disabled={!kpi || !periodStart || value === ''} loading={save.isPending} onClick={() => save.mutate()}>{t('revenue.targets.set')}</Button>
      </Group>
    </>
  );
}
