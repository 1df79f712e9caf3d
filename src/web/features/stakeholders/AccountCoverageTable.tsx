/** Every account of the report with its coverage, ARR beside; sortable by each column, linked to the account's map. */
import type { ReactNode } from 'react';
import { Anchor, Group, Table, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconSelector, IconX } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CoverageAccount } from '../../api/stakeholders';
import { useFormat } from '../../lib/use-format';
import type { CoverageColumn, CoverageSort } from './coverage-table';

interface Props {
  rows: CoverageAccount[];
  currency: string;
  sort: CoverageSort;
  onSort: (sort: CoverageSort) => void;
}

export function AccountCoverageTable({ rows, currency, sort, onSort }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const th = (column: CoverageColumn, label: string, align: 'left' | 'right' = 'left') =>
    <SortTh column={column} sort={sort} onSort={onSort} align={align}>{label}</SortTh>;
  return (
    <div className="kz-table-wrap">
      <Table stickyHeader fz="sm" miw={1000} data-testid="coverage-table">
        <Table.Thead>
          <Table.Tr>
            {th('name', t('stakeholders.table.account'))}
            {th('owner', t('stakeholders.table.owner'))}
            {th('arr', t('stakeholders.table.arr'), 'right')}
            {th('stakeholders', t('stakeholders.table.stakeholders'), 'right')}
            <Table.Th ta="center">{t('stakeholders.table.sponsor')}</Table.Th>
            <Table.Th ta="center">{t('stakeholders.table.champion')}</Table.Th>
            {th('cadence', t('stakeholders.table.cadence'), 'right')}
            {th('overdue', t('stakeholders.table.overdue'), 'right')}
            {th('lastContact', t('stakeholders.table.lastContact'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id} data-testid="coverage-row">
              <Table.Td>
                <Anchor component={Link} to={`/accounts/${a.id}?tab=stakeholders`} fw={600} size="sm" c="dark">{a.name}</Anchor>
              </Table.Td>
              <Table.Td><Text size="sm" c={a.ownerName ? undefined : 'dimmed'}>{a.ownerName ?? t('stakeholders.owners.none')}</Text></Table.Td>
              <Table.Td ta="right" className="kz-num">{format.money(a.arr, currency)}</Table.Td>
              <Table.Td ta="right" className="kz-num">{format.number(a.coverage.stakeholders)}</Table.Td>
              <Table.Td ta="center"><Mark ok={a.coverage.hasExecutiveSponsor} label={t('stakeholders.table.sponsor')} /></Table.Td>
              <Table.Td ta="center"><Mark ok={a.coverage.hasChampion} label={t('stakeholders.table.champion')} /></Table.Td>
              <Table.Td ta="right" className="kz-num">
                {a.coverage.withCadence === 0 ? <Text size="sm" c="dimmed">—</Text>
                  : t('stakeholders.table.cadenceValue', { within: a.coverage.withinCadence, total: a.coverage.withCadence })}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c={a.coverage.overdue > 0 ? 'red.7' : 'dimmed'} fw={a.coverage.overdue > 0 ? 600 : 400} className="kz-num">
                  {format.number(a.coverage.overdue)}
                </Text>
              </Table.Td>
              <Table.Td>{a.lastContactAt ? format.dayOf(a.lastContactAt) : <Text size="sm" c="dimmed">{t('stakeholders.table.never')}</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function Mark({ ok, label }: { ok: boolean; label: string }) {
  return (
    <ThemeIcon size={20} radius="xl" variant="light" color={ok ? 'teal' : 'red'} aria-label={`${label}: ${ok ? '✓' : '✗'}`} data-ok={ok}>
      {ok ? <IconCheck size={12} /> : <IconX size={12} />}
    </ThemeIcon>
  );
}

function SortTh({ column, sort, onSort, align, children }: {
  column: CoverageColumn; sort: CoverageSort; onSort: (s: CoverageSort) => void; align: 'left' | 'right'; children: ReactNode;
}) {
  const active = sort === column || sort === `-${column}`;
  const descending = sort === `-${column}`;
  const Icon = !active ? IconSelector : descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton onClick={() => onSort(active && !descending ? `-${column}` : column)} w="100%" data-testid={`sort-${column}`}>
        <Group gap={4} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
          <span style={{ whiteSpace: 'nowrap' }}>{children}</span>
          <Icon size={14} stroke={1.6} color={active ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-5)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
