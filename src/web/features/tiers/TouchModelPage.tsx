/**
 * タッチモデル / Touch model (/touch-model): customers and ARR per tier and per CSM, and every
 * touch overdue against its tier's cadence — a chart, three tables, each exportable as CSV.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { tierApi, tierKeys, touchReportCsvUrl, type TouchReport } from '../../api/tiers';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { CsvButton } from '../revenue/CsvButton';
import { cadenceText } from './rule-text';

const TouchModelChart = lazy(() => import('./TouchModelChart').then((m) => ({ default: m.TouchModelChart })));

function Tile({ label, value, tone }: { label: string; value: string; tone?: 'red' }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz={24} c={tone}>{value}</Text>
    </Paper>
  );
}

function Section({ title, table, children }: { title: string; table: 'tiers' | 'owners' | 'overdue'; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={`touch-table-${table}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4} fz="md">{title}</Title>
        <CsvButton href={touchReportCsvUrl(table)} fileName={`touch-model-${table}.csv`} />
      </Group>
      {children}
    </Paper>
  );
}

export function TouchModelPage() {
  const { t } = useTranslation();
  const canConfigure = useCan('journey.configure');
  const report = useQuery({ queryKey: tierKeys.report(), queryFn: tierApi.report });
  return (
    <>
      <PageHeader title={t('touchModel.report.title')} subtitle={t('touchModel.report.subtitle')}
        actions={canConfigure && <Button component={Link} to="/settings/touch-model" variant="default" leftSection={<IconSettings size={16} />}>
          {t('touchModel.report.configure')}</Button>} />
      {report.isPending && <Stack><Skeleton h={80} /><Skeleton h={300} /><TableSkeleton /></Stack>}
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportBody report={report.data} />}
    </>
  );
}

function ReportBody({ report }: { report: TouchReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (v: number) => format.money(v, report.currency);
  const tierName = (key: string | null) => report.tiers.find((x) => x.key === key)?.name ?? key ?? t('touchModel.unassigned');
  if (report.totals.accounts === 0) {
    return (
      <Paper withBorder radius="md" p="xl" ta="center" data-testid="touch-model-empty">
        <Text fw={600}>{t('touchModel.report.emptyTitle')}</Text>
        <Text size="sm" c="dimmed" mt={4}>{t('touchModel.report.emptyBody')}</Text>
        <Group justify="center" mt="md">
          <Anchor component={Link} to="/accounts">{t('touchModel.report.emptyAccounts')}</Anchor>
          <Anchor component={Link} to="/settings/touch-model">{t('touchModel.report.emptySettings')}</Anchor>
        </Group>
      </Paper>
    );
  }
  return (
    <Stack gap="lg" data-testid="touch-model-report">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Tile label={t('touchModel.report.totalAccounts')} value={format.number(report.totals.accounts)} />
        <Tile label={t('touchModel.report.totalArr')} value={money(report.totals.arr)} />
        <Tile label={t('touchModel.report.totalOverdue')} value={format.number(report.totals.overdue)} tone={report.totals.overdue > 0 ? 'red' : undefined} />
      </SimpleGrid>
      <Suspense fallback={<Skeleton h={300} radius="md" />}><TouchModelChart report={report} /></Suspense>
      <Section title={t('touchModel.report.byTier')} table="tiers">
        <Table verticalSpacing="xs">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('touchModel.report.tier')}</Table.Th><Table.Th>{t('touchModel.report.cadence')}</Table.Th>
            <Table.Th ta="right">{t('touchModel.report.accounts')}</Table.Th><Table.Th ta="right">{t('touchModel.report.arr')}</Table.Th>
            <Table.Th ta="right">{t('touchModel.report.overdue')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {report.tiers.map((x) => (
              <Table.Tr key={x.key ?? 'none'}>
                <Table.Td fw={600}>{tierName(x.key)}</Table.Td><Table.Td>{x.key === null ? '—' : cadenceText(x, t)}</Table.Td>
                <Table.Td ta="right">{format.number(x.accounts)}</Table.Td><Table.Td ta="right">{money(x.arr)}</Table.Td>
                <Table.Td ta="right" c={x.overdue > 0 ? 'red' : undefined}>{format.number(x.overdue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('touchModel.report.byOwner')} table="owners">
        <Table verticalSpacing="xs">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('touchModel.report.owner')}</Table.Th>
            {report.tiers.map((x) => <Table.Th key={x.key ?? 'none'} ta="right">{tierName(x.key)}</Table.Th>)}
            <Table.Th ta="right">{t('touchModel.report.accounts')}</Table.Th><Table.Th ta="right">{t('touchModel.report.arr')}</Table.Th>
            <Table.Th ta="right">{t('touchModel.report.overdue')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {report.owners.map((o) => (
              <Table.Tr key={o.ownerId ?? 'none'}>
                <Table.Td fw={600}>{o.ownerName ?? t('touchModel.report.noOwner')}</Table.Td>
                {report.tiers.map((x) => <Table.Td key={x.key ?? 'none'} ta="right">{format.number(o.byTier[x.key ?? '']?.accounts ?? 0)}</Table.Td>)}
                <Table.Td ta="right">{format.number(o.accounts)}</Table.Td><Table.Td ta="right">{money(o.arr)}</Table.Td>
                <Table.Td ta="right" c={o.overdue > 0 ? 'red' : undefined}>{format.number(o.overdue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('touchModel.report.overdueTitle', { count: report.overdue.length })} table="overdue">
        {report.overdue.length === 0
          ? <Text size="sm" c="dimmed" py="md" ta="center">{t('touchModel.report.noOverdue')}</Text>
          : (
            <Table.ScrollContainer minWidth={720} maxHeight={520}>
              <Table verticalSpacing="xs" stickyHeader>
                <Table.Thead><Table.Tr>
                  <Table.Th>{t('touchModel.report.account')}</Table.Th><Table.Th>{t('touchModel.report.owner')}</Table.Th>
                  <Table.Th>{t('touchModel.report.tier')}</Table.Th><Table.Th>{t('touchModel.report.kind')}</Table.Th>
                  <Table.Th>{t('touchModel.report.lastAt')}</Table.Th><Table.Th>{t('touchModel.report.dueOn')}</Table.Th>
                  <Table.Th ta="right">{t('touchModel.report.daysOverdue')}</Table.Th><Table.Th ta="right">{t('touchModel.report.arr')}</Table.Th>
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {report.overdue.map((o) => (
                    <Table.Tr key={o.accountId}>
                      <Table.Td><Anchor component={Link} to={`/accounts/${o.accountId}`} size="sm">{o.name}</Anchor></Table.Td>
                      <Table.Td>{o.ownerName ?? t('touchModel.report.noOwner')}</Table.Td>
                      <Table.Td>{tierName(o.tierKey)}</Table.Td>
                      <Table.Td><Badge size="sm" variant="light" color={o.kind === 'review' ? 'grape' : 'blue'}>{t(`touchModel.kinds.${o.kind}`)}</Badge></Table.Td>
                      <Table.Td>{o.lastAt ? format.dayOf(o.lastAt) : t('touchModel.account.never')}</Table.Td>
                      <Table.Td>{format.date(o.dueOn)}</Table.Td>
                      <Table.Td ta="right" c="red" fw={600}>{t('touchModel.report.days', { count: o.daysOverdue })}</Table.Td>
                      <Table.Td ta="right">{money(o.arr)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
      </Section>
    </Stack>
  );
}
