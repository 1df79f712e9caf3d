/**
 * ロードマップ / Roadmap (/phases): customers and ARR per phase now, conversion between phases
 * and time in phase over the chosen period, and the onboarding completion rate — charts and
 * tables, exportable as CSV.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { phaseApi, phaseKeys, phaseReportCsvUrl, type Period, type PhaseReport } from '../../api/phases';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { todayIso } from '../../lib/format';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { CsvButton } from '../revenue/CsvButton';

const FunnelChart = lazy(() => import('./PhaseCharts').then((m) => ({ default: m.FunnelChart })));
const TimeInPhaseChart = lazy(() => import('./PhaseCharts').then((m) => ({ default: m.TimeInPhaseChart })));

const RANGES = ['90', '180', '365'] as const;

function periodOf(days: number): Period {
  const to = todayIso();
  const from = todayIso(new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * 86_400_000));
  return { from, to };
}

function Tile({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} fz={24}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

export function PhasesPage() {
  const { t } = useTranslation();
  const canConfigure = useCan('journey.configure');
  const [range, setRange] = useState<(typeof RANGES)[number]>('365');
  const period = useMemo(() => periodOf(Number(range)), [range]);
  const report = useQuery({ queryKey: phaseKeys.report(period), queryFn: () => phaseApi.report(period) });
  return (
    <>
      <PageHeader title={t('phases.report.title')} subtitle={t('phases.report.subtitle')}
        actions={(
          <>
            <SegmentedControl size="xs" value={range} onChange={(v) => setRange(v as typeof range)} data-testid="phase-range"
              data={RANGES.map((r) => ({ value: r, label: t('phases.report.lastDays', { count: Number(r) }) }))} />
            <CsvButton href={phaseReportCsvUrl(period)} fileName="phases.csv" />
            {canConfigure && <Button component={Link} to="/settings/phases" variant="default" leftSection={<IconSettings size={16} />}>{t('phases.report.configure')}</Button>}
          </>
        )} />
      {report.isPending && <Stack><Skeleton h={80} /><Skeleton h={300} /><TableSkeleton /></Stack>}
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportBody report={report.data} />}
    </>
  );
}

function ReportBody({ report }: { report: PhaseReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
  const days = (v: number | null) => (v === null ? '—' : t('phases.saw.dayCount', { count: v }));
  const name = (key: string) => report.phases.find((p) => p.key === key)?.name ?? key;
  const placed = report.phases.reduce((s, p) => s + p.accounts, 0);
  if (placed === 0 && report.unplaced.accounts === 0) {
    return (
      <Paper withBorder radius="md" p="xl" ta="center" data-testid="phases-empty">
        <Text fw={600}>{t('phases.report.emptyTitle')}</Text>
        <Text size="sm" c="dimmed" mt={4}>{t('phases.report.emptyBody')}</Text>
        <Group justify="center" mt="md">
          <Anchor component={Link} to="/accounts">{t('phases.report.emptyAccounts')}</Anchor>
          <Anchor component={Link} to="/settings/phases">{t('phases.report.emptySettings')}</Anchor>
        </Group>
      </Paper>
    );
  }
  const ob = report.onboarding;
  return (
    <Stack gap="lg" data-testid="phases-report">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Tile label={t('phases.report.placed')} value={format.number(placed)}
          hint={report.unplaced.accounts > 0 ? t('phases.report.unplaced', { count: report.unplaced.accounts }) : undefined} />
        <Tile label={t('phases.report.arrTotal')} value={format.money(report.phases.reduce((s, p) => s + p.arr, 0), report.currency)} />
        <Tile label={t('phases.report.onboardingRate')} value={pct(ob.rate)}
          hint={ob.phase ? t('phases.report.onboardingHint', { completed: ob.completed, entered: ob.entered, items: ob.checklistSize }) : t('phases.report.noOnboarding')} />
      </SimpleGrid>
      <Suspense fallback={<Skeleton h={300} radius="md" />}><FunnelChart report={report} /></Suspense>
      <Paper withBorder radius="md" p="md" data-testid="phase-table">
        <Group justify="space-between" mb="xs">
          <Title order={4} fz="md">{t('phases.report.tableTitle', { from: format.date(report.from), to: format.date(report.to) })}</Title>
        </Group>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead><Table.Tr>
              <Table.Th>{t('phases.report.phase')}</Table.Th>
              <Table.Th ta="right">{t('phases.report.accounts')}</Table.Th><Table.Th ta="right">{t('phases.report.arr')}</Table.Th>
              <Table.Th ta="right">{t('phases.report.entered')}</Table.Th><Table.Th ta="right">{t('phases.report.conversion')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {report.phases.map((p) => {
                const c = report.conversions.find((x) => x.from === p.key);
                return (
                  <Table.Tr key={p.key} data-testid={`phase-row-${p.key}`}>
                    <Table.Td fw={600}>{p.name}</Table.Td>
                    <Table.Td ta="right" data-testid={`phase-accounts-${p.key}`}>{format.number(p.accounts)}</Table.Td>
                    <Table.Td ta="right">{format.money(p.arr, report.currency)}</Table.Td>
                    <Table.Td ta="right">{format.number(p.entered)}</Table.Td>
                    <Table.Td ta="right">{c && c.rate !== null ? t('phases.report.conversionCell', { rate: pct(c.rate), converted: c.converted, entered: c.entered, to: name(c.to) }) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" mt="xs">{t('phases.report.conversionHelp')}</Text>
      </Paper>
      {report.timeInPhase.some((x) => x.completed > 0) && <Suspense fallback={<Skeleton h={260} radius="md" />}><TimeInPhaseChart report={report} /></Suspense>}
      <Paper withBorder radius="md" p="md" data-testid="phase-time-table">
        <Title order={4} fz="md" mb="xs">{t('phases.report.timeTitle')}</Title>
        <Table verticalSpacing="xs">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('phases.report.phase')}</Table.Th>
            <Table.Th ta="right">{t('phases.report.completed')}</Table.Th><Table.Th ta="right">{t('phases.report.median')}</Table.Th>
            <Table.Th ta="right">{t('phases.report.p75')}</Table.Th><Table.Th ta="right">{t('phases.report.current')}</Table.Th>
            <Table.Th ta="right">{t('phases.report.currentMedian')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {report.timeInPhase.map((x) => (
              <Table.Tr key={x.phase}>
                <Table.Td fw={600}>{name(x.phase)}</Table.Td>
                <Table.Td ta="right">{format.number(x.completed)}</Table.Td>
                <Table.Td ta="right">{days(x.medianDays)}</Table.Td>
                <Table.Td ta="right">{days(x.p75Days)}</Table.Td>
                <Table.Td ta="right">{format.number(x.current)}</Table.Td>
                <Table.Td ta="right">{days(x.currentMedianDays)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">{t('phases.report.timeHelp')}</Text>
      </Paper>
    </Stack>
  );
}
