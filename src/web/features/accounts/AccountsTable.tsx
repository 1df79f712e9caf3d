/** The dense accounts table: name and reading, health, status, MRR, renewal date, owner, plan, industry, size. */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Account, AccountSort } from '../../api/types';
import { AccountStatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/use-format';
import { HealthBadge } from '../health/account/HealthBadge';
import { RenewalDate } from './RenewalDate';
import { SortHeader } from './SortHeader';

interface Props {
  accounts: Account[];
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
}

export function AccountsTable({ accounts, sort, onSort }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  return (
    <div className="kz-table-wrap">
      <Table stickyHeader fz="sm" miw={1040} data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" sort={sort} onSort={onSort}>{t('fields.name')}</SortHeader>
            <SortHeader column="health" sort={sort} onSort={onSort} w={100}>{t('accounts.health')}</SortHeader>
            <Table.Th w={110}>{t('fields.status')}</Table.Th>
            <SortHeader column="mrr" sort={sort} onSort={onSort} align="right" w={130}>{t('fields.mrr')}</SortHeader>
            <SortHeader column="renewal" sort={sort} onSort={onSort} w={150}>{t('fields.renewalDate')}</SortHeader>
            <Table.Th w={140}>{t('fields.owner')}</Table.Th>
            <Table.Th w={150}>{t('fields.plan')}</Table.Th>
            <Table.Th w={130}>{t('fields.industry')}</Table.Th>
            <Table.Th w={110}>{t('fields.sizeBand')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id} className="kz-row-link" onClick={() => navigate(`/accounts/${account.id}`)}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/accounts/${account.id}`} fw={600} size="sm" c="dark" onClick={(e) => e.stopPropagation()}>
                    {account.name}
                  </Anchor>
                  {account.nameReading && <Text size="xs" c="dimmed" lh={1.3}>{account.nameReading}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td data-testid="account-health-cell"><HealthBadge health={account.health} /></Table.Td>
              <Table.Td><AccountStatusBadge status={account.status} /></Table.Td>
              <Table.Td ta="right" className="kz-num">{format.money(account.mrr, account.currency)}</Table.Td>
              <Table.Td className="kz-num"><RenewalDate date={account.renewalDate} /></Table.Td>
              <Table.Td>{account.ownerName ?? <Text span size="sm" c="dimmed">{t('accounts.unassigned')}</Text>}</Table.Td>
              <Table.Td>{account.plan ?? '—'}</Table.Td>
              <Table.Td>{account.industry ?? '—'}</Table.Td>
              <Table.Td className="kz-num">{format.sizeBand(account.sizeBand)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
