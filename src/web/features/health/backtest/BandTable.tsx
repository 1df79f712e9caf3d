/** Churn by band over the horizon: accounts, churned, contracted, churn rate and lift, the red row highlighted. */
import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Backtest } from '../../../api/scorecards';
import { useFormat } from '../../../lib/use-format';
import { formatRate, formatRatio } from '../../revenue/metric-format';
import { BandBadge } from '../BandBadge';

export function BandTable({ result }: { result: Backtest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scored = result.accounts - result.unscored;
  const churned = result.bands.reduce((s, b) => s + b.churned, 0);
  return (
    <Paper p="md" h="100%">
      <Text fw={600} size="sm" mb="xs">{t('health.backtest.bandTable')}</Text>
      <Table fz="sm" data-testid="band-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('health.backtest.band')}</Table.Th>
            <Table.Th ta="right">{t('health.backtest.accounts')}</Table.Th>
            <Table.Th ta="right">{t('health.backtest.churned')}</Table.Th>
            <Table.Th ta="right">{t('health.backtest.contracted')}</Table.Th>
            <Table.Th ta="right">{t('health.backtest.churnRate')}</Table.Th>
            <Table.Th ta="right">{t('health.backtest.lift')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.bands.map((b) => {
            const highlight = b.band === 'red' && b.lift !== null && b.lift > 1;
            return (
              <Table.Tr key={b.band} data-band={b.band} bg={highlight ? 'red.0' : undefined}>
                <Table.Td><BandBadge band={b.band} /></Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(b.accounts)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(b.churned)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(b.contracted)}</Table.Td>
                <Table.Td ta="right" className="kz-num" fw={highlight ? 700 : undefined}>{b.accounts > 0 ? formatRate(b.churnRate, format.locale) : '—'}</Table.Td>
                <Table.Td ta="right" className="kz-num" fw={highlight ? 700 : undefined} c={highlight ? 'red.8' : undefined}>
                  {b.lift === null ? '—' : `${formatRatio(b.lift, format.locale)}×`}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('health.backtest.allBands')}</Table.Th>
            <Table.Th ta="right" className="kz-num">{format.number(scored)}</Table.Th>
            <Table.Th ta="right" className="kz-num">{format.number(churned)}</Table.Th>
            <Table.Th ta="right" className="kz-num">{format.number(result.bands.reduce((s, b) => s + b.contracted, 0))}</Table.Th>
            <Table.Th ta="right" className="kz-num">{formatRate(result.churnRate, format.locale)}</Table.Th>
            <Table.Th ta="right" className="kz-num">1.0×</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">{t('health.backtest.liftHint')}</Text>
    </Paper>
  );
}
