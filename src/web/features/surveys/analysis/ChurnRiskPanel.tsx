/**
 * Churn risk from continuation intent: overall (ARR-weighted) risk and ARR at risk, the mapping in use — the
 * stated default assumption or the one calibrated on this workspace's churn, and why — and the accounts with the
 * most ARR at risk.
 */
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChurnRiskReport } from '../../../api/survey-analysis';
import { useFormat } from '../../../lib/use-format';
import { pct } from './cx-format';

export function ChurnRiskPanel({ report }: { report: ChurnRiskReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const m = report.mapping;
  return (
    <Paper withBorder radius="md" p="md" data-testid="cx-churn-risk">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} fz="md">{t('cx.risk.title')}</Title>
          <Badge variant="light" color={m.kind === 'calibrated' ? 'green' : 'gray'} data-testid="cx-mapping-kind">{t(`cx.risk.mapping.${m.kind}`)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Figure label={t('cx.risk.overall')} value={pct(report.overallRisk)} testId="cx-overall-risk" />
          <Figure label={t('cx.risk.arrAtRisk')} value={format.money(Math.round(report.arrAtRisk), report.currency)} testId="cx-arr-at-risk" />
          <Figure label={t('cx.risk.totalArr')} value={format.money(report.totalArr, report.currency)} />
        </SimpleGrid>
        <Text size="xs" c="dimmed">{t(report.weighting === 'arr' ? 'cx.risk.weightedByArr' : 'cx.risk.weightedByAccounts', {
          accounts: format.number(report.accountsAssessed), respondents: format.number(report.respondents), date: format.date(report.asOf),
        })}</Text>
        <Alert variant="light" color={m.kind === 'calibrated' ? 'green' : 'blue'} p="xs">
          <Text size="sm">{t(`cx.risk.reason.${m.reason}`, { n: format.number(m.historyResponses), strength: m.priorStrength })}</Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Table fz="sm" verticalSpacing={2} data-testid="cx-mapping-table">
            <Table.Thead><Table.Tr>
              <Table.Th>{t('cx.metric.continuation')}</Table.Th><Table.Th ta="right">{t('cx.risk.annualRisk')}</Table.Th>
              <Table.Th ta="right">{t('cx.risk.default')}</Table.Th><Table.Th ta="right">{t('cx.risk.history')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>{[...m.levels].reverse().map((l) => (
              <Table.Tr key={l.level}>
                <Table.Td>{t(`cx.intent.${l.level}`)}</Table.Td><Table.Td ta="right" fw={600}>{pct(l.risk)}</Table.Td>
                <Table.Td ta="right" c="dimmed">{pct(l.prior, 0)}</Table.Td>
                <Table.Td ta="right" c="dimmed">{l.n > 0 ? t('cx.risk.churnedOf', { churned: l.churned, n: l.n }) : '—'}</Table.Td>
              </Table.Tr>
            ))}</Table.Tbody>
          </Table>
          <Table fz="sm" verticalSpacing={2} data-testid="cx-risk-accounts">
            <Table.Thead><Table.Tr>
              <Table.Th>{t('cx.risk.account')}</Table.Th><Table.Th ta="right">{t('cx.risk.risk')}</Table.Th><Table.Th ta="right">{t('cx.risk.arrAtRisk')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>{report.accounts.slice(0, 8).map((a) => (
              <Table.Tr key={a.accountId}>
                <Table.Td><Anchor component={Link} to={`/accounts/${a.accountId}`} size="sm">{a.accountName}</Anchor></Table.Td>
                <Table.Td ta="right">{pct(a.risk)}</Table.Td><Table.Td ta="right">{format.money(Math.round(a.arrAtRisk), report.currency)}</Table.Td>
              </Table.Tr>
            ))}</Table.Tbody>
          </Table>
        </SimpleGrid>
        <Text size="xs" c="dimmed">{t('cx.risk.assumption')}</Text>
      </Stack>
    </Paper>
  );
}

export function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz="xl" data-testid={testId}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </div>
  );
}
