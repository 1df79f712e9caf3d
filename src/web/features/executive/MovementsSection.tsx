/** What moved the month's MRR: each kind of movement (accounts and amount), the net, and the largest movements by name. */
import { Anchor, Grid, Paper, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { MOVEMENT_TYPES } from '../../api/metrics';
import type { ExecutiveSummary } from '../../api/executive';
import { useFormat } from '../../lib/use-format';

const GROWTH = new Set(['new', 'expansion', 'reactivation']);

export function MovementsSection({ summary }: { summary: ExecutiveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { movements, currency } = summary;
  const signed = (type: string, amount: number) => `${GROWTH.has(type) ? '+' : '−'}${format.money(amount, currency)}`;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder radius="md" p="md" h="100%" data-testid="exec-movement-totals" className="kz-exec-avoid-break">
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('executive.movements.type')}</Table.Th>
                <Table.Th ta="right">{t('executive.movements.accounts')}</Table.Th>
                <Table.Th ta="right">{t('executive.movements.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {MOVEMENT_TYPES.map((type) => {
                const total = movements.totals[type];
                return (
                  <Table.Tr key={type}>
                    <Table.Td>{t(`revenue.movement.${type}`)}</Table.Td>
                    <Table.Td ta="right" className="kz-num">{format.number(total?.accounts ?? 0)}</Table.Td>
                    <Table.Td ta="right" className="kz-num" c={total ? (GROWTH.has(type) ? 'teal' : 'red') : 'dimmed'}>{total ? signed(type, total.amount) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Td fw={700}>{t('revenue.movement.netNew')}</Table.Td>
                <Table.Td />
                <Table.Td ta="right" fw={700} className="kz-num" data-testid="exec-net-new">
                  {`${movements.netNew > 0 ? '+' : ''}${format.money(movements.netNew, currency)}`}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder radius="md" p="md" h="100%" data-testid="exec-largest-movements" className="kz-exec-avoid-break">
          <Text size="sm" fw={600} mb="xs">{t('executive.movements.largest')}</Text>
          {movements.largest.length === 0 ? <Text size="sm" c="dimmed">{t('executive.movements.none')}</Text> : (
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {movements.largest.map((m) => (
                  <Table.Tr key={`${m.accountId}-${m.date}-${m.type}`}>
                    <Table.Td><Anchor component={Link} to={`/accounts/${m.accountId}`} size="sm">{m.accountName}</Anchor></Table.Td>
                    <Table.Td c="dimmed">{t(`revenue.movement.${m.type}`)}</Table.Td>
                    <Table.Td c="dimmed" className="kz-num">{format.date(m.date)}</Table.Td>
                    <Table.Td ta="right" className="kz-num" c={GROWTH.has(m.type) ? 'teal' : 'red'}>{signed(m.type, m.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
