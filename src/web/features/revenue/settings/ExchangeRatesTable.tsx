/** Dated exchange rates (1 unit = rate base units from validFrom on): list, add, delete. */
import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_CURRENCIES } from '../../../../domain/money/currency';
import { metricsApi, metricsKeys } from '../../../api/metrics';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { errorText } from '../../../lib/errors';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useFormat } from '../../../lib/use-format';

export function ExchangeRatesTable({ baseCurrency }: { baseCurrency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const rates = useQuery({ queryKey: metricsKeys.exchangeRates, queryFn: metricsApi.exchangeRates });
  const [currency, setCurrency] = useState<string | null>(null);
  const [validFrom, setValidFrom] = useState<string | null>(null);
  const [rate, setRate] = useState<number | ''>('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: metricsKeys.all });

  const add = useMutation({
    mutationFn: () => metricsApi.addExchangeRate({ currency: currency ?? '', validFrom: validFrom ?? '', rate: rate === '' ? 0 : rate }),
    onSuccess: () => {
      refresh();
      setRate('');
      notifySaved(t('revenue.settings.rateAdded'));
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => metricsApi.deleteExchangeRate(id),
    onSuccess: refresh,
    onError: (error) => notifyError(t, error),
  });

  return (
    <Paper p="lg" data-testid="exchange-rates">
      <Title order={4} fz={16}>{t('revenue.settings.rates')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('revenue.settings.ratesHint', { base: baseCurrency })}</Text>
      {rates.isPending ? <TableSkeleton rows={3} /> : rates.isError ? <QueryError error={rates.error} onRetry={() => void rates.refetch()} /> : (
        <Table mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workspace.currency')}</Table.Th>
              <Table.Th>{t('revenue.settings.validFrom')}</Table.Th>
              <Table.Th ta="right">{t('workspace.rate')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.currency}</Table.Td>
                <Table.Td>{format.date(r.validFrom)}</Table.Td>
                <Table.Td ta="right">1 {r.currency} = {format.number(r.rate)} {baseCurrency}</Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('common.delete')} loading={remove.isPending && remove.variables === r.id}
                    onClick={() => remove.mutate(r.id)}><IconTrash size={16} /></ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
            {rates.data.items.length === 0 && <Table.Tr><Table.Td colSpan={4}><Text size="sm" c="dimmed">{t('workspace.noRates')}</Text></Table.Td></Table.Tr>}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs">
        {add.isError && <Alert color="red" variant="light">{errorText(t, add.error)}</Alert>}
        <Group gap="xs" align="flex-end">
          <Select w={110} label={t('workspace.currency')} searchable data={SUPPORTED_CURRENCIES.filter((c) => c !== baseCurrency)} value={currency} onChange={setCurrency} />
          <DateInput w={160} label={t('revenue.settings.validFrom')} value={validFrom} onChange={setValidFrom}
            valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} />
          <NumberInput w={160} label={t('workspace.rate')} min={0} decimalScale={6} value={rate} suffix={` ${baseCurrency}`}
            onChange={(v) => setRate(typeof v === 'number' ? v : '')} />
          <Button leftSection={<IconPlus size={14} />} disabled={!currency || !validFrom || rate === '' || rate <= 0} loading={add.isPending}
            onClick={() => add.mutate()}>{t('common.add')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
