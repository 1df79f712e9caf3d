/** Coverage per account owner (CSM): how many of their accounts lack a sponsor or a champion or have overdue people. */
import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortfolioCoverage } from '../../api/stakeholders';
import { useFormat } from '../../lib/use-format';
import { formatRate } from '../revenue/metric-format';
import type { OwnerFilter } from './coverage-table';

interface Props {
  report: PortfolioCoverage;
  onOwner: (owner: OwnerFilter) => void;
}

export function OwnerCoverageTable({ report, onOwner }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const gap = (n: number) => <Text size="sm" c={n > 0 ? 'red.7' : 'dimmed'} fw={n > 0 ? 600 : 400} className="kz-num">{format.number(n)}</Text>;
  return (
    <Paper p="md" radius="md" mb="md">
      <Text fw={600} size="sm" mb="xs">{t('stakeholders.owners.title')}</Text>
      <div className="kz-table-wrap">
        <Table fz="sm" miw={760} data-testid="owner-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stakeholders.owners.owner')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.accounts')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.noSponsor')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.noChampion')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.overdue')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.cadence')}</Table.Th>
              <Table.Th ta="right">{t('stakeholders.owners.arr')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.owners.map((o) => (
              <Table.Tr key={o.ownerId ?? 'none'}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => onOwner(o.ownerId ?? 'none')}>
                    {o.ownerName ?? t('stakeholders.owners.none')}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(o.accounts)}</Table.Td>
                <Table.Td ta="right">{gap(o.withoutExecutiveSponsor)}</Table.Td>
                <Table.Td ta="right">{gap(o.withoutChampion)}</Table.Td>
                <Table.Td ta="right">{gap(o.withOverdue)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{formatRate(o.cadenceShare, format.locale)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{format.money(o.arr, report.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
