/** Renewals in the next 90 days: how many, how much MRR, how many at risk (red or yellow now), soonest first. */
import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ExecutiveSummary } from '../../api/executive';
import { useFormat } from '../../lib/use-format';
import { BandBadge } from '../health/BandBadge';

export function RenewalsSection({ summary }: { summary: ExecutiveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { renewals, currency } = summary;
  return (
    <Paper withBorder radius="md" p="md" data-testid="exec-renewals" className="kz-exec-avoid-break">
      <Group gap="xs" mb="xs">
        <Text size="sm">{t('executive.renewals.summary', { count: renewals.accounts, n: format.number(renewals.accounts), mrr: format.money(renewals.mrr, currency) })}</Text>
        {renewals.atRisk > 0 && <Badge color="red" variant="light">{t('executive.renewals.atRisk', { count: renewals.atRisk })}</Badge>}
      </Group>
      {renewals.items.length === 0 ? <Text size="sm" c="dimmed">{t('executive.renewals.none')}</Text> : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('executive.renewals.date')}</Table.Th>
              <Table.Th>{t('executive.renewals.account')}</Table.Th>
              <Table.Th>{t('executive.renewals.health')}</Table.Th>
              <Table.Th ta="right">MRR</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {renewals.items.map((r) => (
              <Table.Tr key={r.accountId}>
                <Table.Td className="kz-num">{format.date(r.renewalDate)}</Table.Td>
                <Table.Td><Anchor component={Link} to={`/accounts/${r.accountId}`} size="sm">{r.accountName}</Anchor></Table.Td>
                <Table.Td><BandBadge band={r.band} size="xs" /></Table.Td>
                <Table.Td ta="right" className="kz-num">{format.money(r.mrr, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {renewals.accounts > renewals.items.length && (
        <Text size="xs" c="dimmed" mt={4}>{t('executive.renewals.more', { count: renewals.accounts - renewals.items.length })}</Text>
      )}
    </Paper>
  );
}
