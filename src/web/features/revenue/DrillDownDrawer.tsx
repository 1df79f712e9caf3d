/**
 * The accounts or movements behind a figure (GET /metrics/accounts, /metrics/movements), each
 * account linking to its page, with the table's CSV.
 */
import { Anchor, Badge, Drawer, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, metricsCsvUrl, metricsKeys, type AccountsQuery, type MovementsQuery } from '../../api/metrics';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { MOVEMENT_COLORS } from './chart-options';
import { CsvButton } from './CsvButton';
import type { Drill } from './drill';

interface Props {
  drill: Drill | null;
  segment: string | undefined;
  onClose: () => void;
}

export function DrillDownDrawer({ drill, segment, onClose }: Props) {
  return (
    <Drawer opened={drill !== null} onClose={onClose} position="right" size="xl" title={<Text fw={600}>{drill?.title}</Text>}>
      {drill?.kind === 'accounts' && (
        <AccountsTable query={{ on: drill.on, ...segmentOf(drill, segment) }} />
      )}
      {drill?.kind === 'movements' && (
        <MovementsTable query={{ from: drill.from, to: drill.to, type: drill.types.join(','), ...segmentOf(drill, segment) }} />
      )}
    </Drawer>
  );
}

function segmentOf(drill: Drill, segment: string | undefined) {
  return drill.segmentValue !== undefined && segment ? { segment, segmentValue: drill.segmentValue } : {};
}

function AccountsTable({ query }: { query: AccountsQuery }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({ queryKey: metricsKeys.accounts(query), queryFn: () => metricsApi.accounts(query) });
  if (list.isPending) return <TableSkeleton rows={6} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { currency, items, total } = list.data;
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">{t('revenue.drill.accountsOn', { date: format.date(list.data.on), count: total.accounts, mrr: format.money(total.mrr, currency) })}</Text>
        <CsvButton href={metricsCsvUrl('/metrics/accounts', { on: query.on }, query)} fileName={`paying-accounts-${query.on}.csv`} />
      </Group>
      <Table striped highlightOnHover data-testid="drill-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('revenue.drill.account')}</Table.Th>
            <Table.Th ta="right">MRR</Table.Th>
            <Table.Th ta="right">ACV</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.accountId}>
              <Table.Td><Anchor component={Link} to={`/accounts/${item.accountId}`} size="sm">{item.accountName}</Anchor></Table.Td>
              <Table.Td ta="right">{format.money(item.mrr, currency)}</Table.Td>
              <Table.Td ta="right">{format.money(item.acv, currency)}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && <Table.Tr><Table.Td colSpan={3}><Text size="sm" c="dimmed">{t('revenue.drill.none')}</Text></Table.Td></Table.Tr>}
        </Table.Tbody>
      </Table>
    </>
  );
}

function MovementsTable({ query }: { query: MovementsQuery }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({ queryKey: metricsKeys.movements(query), queryFn: () => metricsApi.movements(query) });
  if (list.isPending) return <TableSkeleton rows={6} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { currency, items } = list.data;
  // amount is unsigned (metrics README); the table shows the change's direction, so the total is the net change.
  const sum = items.reduce((s, i) => s + i.mrrAfter - i.mrrBefore, 0);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('revenue.drill.movementsIn', { from: format.date(list.data.from), to: format.date(list.data.to), count: items.length })}
        </Text>
        <CsvButton href={metricsCsvUrl('/metrics/movements', { from: query.from, to: query.to, type: query.type }, query)}
          fileName={`mrr-movements-${query.from}-${query.to}.csv`} />
      </Group>
      <Table striped highlightOnHover data-testid="drill-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('revenue.drill.date')}</Table.Th>
            <Table.Th>{t('revenue.drill.account')}</Table.Th>
            <Table.Th>{t('revenue.drill.type')}</Table.Th>
            <Table.Th ta="right">{t('revenue.drill.before')}</Table.Th>
            <Table.Th ta="right">{t('revenue.drill.after')}</Table.Th>
            <Table.Th ta="right">{t('revenue.drill.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={`${item.accountId}-${item.date}-${index}`}>
              <Table.Td>{format.date(item.date)}</Table.Td>
              <Table.Td><Anchor component={Link} to={`/accounts/${item.accountId}`} size="sm">{item.accountName}</Anchor></Table.Td>
              <Table.Td><Badge variant="light" color={MOVEMENT_COLORS[item.type]} autoContrast>{t(`revenue.movement.${item.type}`)}</Badge></Table.Td>
              <Table.Td ta="right">{format.money(item.mrrBefore, currency)}</Table.Td>
              <Table.Td ta="right">{format.money(item.mrrAfter, currency)}</Table.Td>
              <Table.Td ta="right" c={item.mrrAfter < item.mrrBefore ? 'red' : undefined}>{format.money(item.mrrAfter - item.mrrBefore, currency)}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && <Table.Tr><Table.Td colSpan={6}><Text size="sm" c="dimmed">{t('revenue.drill.none')}</Text></Table.Td></Table.Tr>}
        </Table.Tbody>
        {items.length > 0 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={5}>{t('revenue.drill.total')}</Table.Th>
              <Table.Th ta="right">{format.money(sum, currency)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </>
  );
}
