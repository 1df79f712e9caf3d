/** The month's revenue in four numbers: MRR (against the month's start), ARR (against last month), paying accounts, net new MRR. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExecutiveSummary } from '../../api/executive';
import { useFormat } from '../../lib/use-format';

export function HeadlineStats({ summary }: { summary: ExecutiveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { headline: h, currency } = summary;
  const signed = (minor: number) => `${minor > 0 ? '+' : ''}${format.money(minor, currency)}`;
  const colour = (delta: number | null) => (delta === null || delta === 0 ? 'dimmed' : delta > 0 ? 'teal' : 'red');
  const arrDelta = h.previousArr === null ? null : h.arr - h.previousArr;
  const accountsDelta = h.payingAccounts - h.payingAccountsStart;
  const stats = [
    { key: 'mrr', value: format.money(h.mrr, currency), note: t('executive.headline.vsMonthStart', { change: signed(h.mrr - h.mrrStart) }), delta: h.mrr - h.mrrStart },
    { key: 'arr', value: format.money(h.arr, currency), note: arrDelta === null ? '' : t('executive.headline.vsLastMonth', { change: signed(arrDelta) }), delta: arrDelta },
    { key: 'payingAccounts', value: t('executive.headline.accounts', { count: h.payingAccounts, n: format.number(h.payingAccounts) }), note: t('executive.headline.vsMonthStart', { change: `${accountsDelta > 0 ? '+' : ''}${format.number(accountsDelta)}` }), delta: accountsDelta },
    { key: 'netNewMrr', value: signed(h.netNewMrr), note: t('executive.headline.netNewNote'), delta: h.netNewMrr },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" data-testid="exec-headline">
      {stats.map((s) => (
        <Paper key={s.key} withBorder radius="md" p="sm" data-testid={`exec-headline-${s.key}`}>
          <Text size="xs" c="dimmed" fw={500}>{t(`executive.headline.${s.key}`)}</Text>
          <Text fz={22} fw={700} className="kz-num">{s.value}</Text>
          <Text size="xs" c={s.key === 'netNewMrr' ? 'dimmed' : colour(s.delta)}>{s.note}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
