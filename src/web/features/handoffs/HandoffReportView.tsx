/**
 * Handoff completeness against what followed: monthly revenue churn and NRR per completeness band
 * (the revenue engine's figures), the comparison in one sentence, and the survey's figures beside it.
 */
import { useMemo } from 'react';
import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { handoffApi, handoffCsvUrl, handoffKeys, type HandoffReport } from '../../api/handoffs';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { CsvButton } from '../revenue/CsvButton';
import { EChart } from '../revenue/EChart';
import { BAND_COLORS } from './HandoffBadges';
import { handoffReportOption } from './report-chart';

const pct = (rate: number | null, digits = 1) => (rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`);

export function HandoffReportView() {
  const { t } = useTranslation();
  const format = useFormat();
  // The window lives in the address, so a report can be shared as a link.
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const setDay = (key: 'from' | 'to', day: string | null) => setParams((p) => {
    const next = new URLSearchParams(p);
    if (day) next.set(key, day); else next.delete(key);
    return next;
  }, { replace: true });
  const report = useQuery({
    queryKey: handoffKeys.report(from ?? undefined, to ?? undefined),
    queryFn: () => handoffApi.report({ ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  });
  const dateFormat = format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="xs" align="flex-end">
          <DateInput label={t('handoffs.report.from')} valueFormat={dateFormat} value={from ?? report.data?.from ?? null} onChange={(d) => setDay('from', d)} w={170} />
          <DateInput label={t('handoffs.report.to')} valueFormat={dateFormat} value={to ?? report.data?.to ?? null} onChange={(d) => setDay('to', d)} w={170} />
        </Group>
        {report.data && <CsvButton href={handoffCsvUrl('/handoffs/report', { from: report.data.from, to: report.data.to })}
          fileName={`handoff-report-${report.data.from}-${report.data.to}.csv`} />}
      </Group>
      {report.isPending ? <TableSkeleton /> : report.isError ? <QueryError error={report.error} onRetry={() => void report.refetch()} />
        : <ReportBody report={report.data} />}
    </Stack>
  );
}

function ReportBody({ report }: { report: HandoffReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const banded = report.bands.filter((b) => b.band !== 'none');
  const handedOff = banded.reduce((s, b) => s + b.accounts, 0);
  const labels = useMemo(() => ({
    band: (b: string) => t(`handoffs.band.${b}`), churn: t('handoffs.report.monthlyChurn'), nrr: t('handoffs.report.nrr'),
  }), [t]);
  const option = useMemo(() => handoffReportOption(banded, labels), [banded, labels]);
  const ref = report.reference;
  const source = format.locale === 'ja' ? ref.source.name.ja : ref.source.name.en;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">{t('handoffs.report.explain', { from: format.date(report.from), to: format.date(report.to), months: Math.round(report.months) })}</Text>
      {handedOff === 0 ? (
        <Alert color="blue" variant="light" title={t('handoffs.report.emptyTitle')} data-testid="report-empty">
          {t('handoffs.report.emptyBody', { recent: report.tooRecent })}
        </Alert>
      ) : (
        <>
          {report.comparison.nrrDifference !== null && (
            <Card withBorder radius="md" padding="md" data-testid="report-comparison">
              <Text size="sm">{t('handoffs.report.comparison', {
                lowChurn: pct(banded[0]?.monthlyRevenueChurn ?? null, 2), highChurn: pct(banded[2]?.monthlyRevenueChurn ?? null, 2),
                lowNrr: pct(banded[0]?.nrr ?? null), highNrr: pct(banded[2]?.nrr ?? null),
              })}</Text>
            </Card>
          )}
          <Card withBorder radius="md" padding="md">
            <Title order={4} fz="md" mb="xs">{t('handoffs.report.chartTitle')}</Title>
            <EChart option={option} height={300} testId="handoff-report-chart" />
          </Card>
        </>
      )}
      <Card withBorder radius="md" padding={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" data-testid="handoff-report-table">
            <Table.Thead><Table.Tr>
              <Table.Th>{t('handoffs.report.band')}</Table.Th><Table.Th ta="right">{t('handoffs.report.accounts')}</Table.Th>
              <Table.Th ta="right">{t('handoffs.report.average')}</Table.Th><Table.Th ta="right">{t('handoffs.report.mrrStart')}</Table.Th>
              <Table.Th ta="right">{t('handoffs.report.churned')}</Table.Th><Table.Th ta="right">{t('handoffs.report.monthlyChurn')}</Table.Th>
              <Table.Th ta="right">{t('handoffs.report.nrr')}</Table.Th><Table.Th ta="right">{t('handoffs.report.grr')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>{report.bands.map((b) => (
              <Table.Tr key={b.band} c={b.band === 'none' ? 'dimmed' : undefined}>
                <Table.Td><Group gap={6} wrap="nowrap"><span style={{ width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${BAND_COLORS[b.band]}-6)` }} />
                  <Text size="sm">{t(`handoffs.band.${b.band}`)}</Text></Group></Table.Td>
                <Table.Td ta="right">{format.number(b.accounts)}</Table.Td>
                <Table.Td ta="right">{b.averageCompleteness ?? '—'}</Table.Td>
                <Table.Td ta="right">{format.money(b.mrrStart, report.currency)}</Table.Td>
                <Table.Td ta="right">{format.number(b.churnedAccounts)}</Table.Td>
                <Table.Td ta="right">{pct(b.monthlyRevenueChurn, 2)}</Table.Td>
                <Table.Td ta="right">{pct(b.nrr)}</Table.Td>
                <Table.Td ta="right">{pct(b.grr)}</Table.Td>
              </Table.Tr>
            ))}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {report.tooRecent > 0 && <Text size="xs" c="dimmed">{t('handoffs.report.tooRecent', { count: report.tooRecent })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md" padding="md" data-testid="report-reference">
          <Title order={5} mb={4}>{t('handoffs.report.referenceTitle')}</Title>
          <Text size="sm">{t('handoffs.report.referenceChurn', { insufficient: pct(ref.churnAtLeast2PctMonthly.insufficient), ratio: ref.churnAtLeast2PctMonthly.ratio })}</Text>
          <Text size="sm">{t('handoffs.report.referenceNrr', { sufficient: pct(ref.nrrAtLeast100Pct.sufficient, 0), ratio: ref.nrrAtLeast100Pct.ratio })}</Text>
          <Text size="sm">{t('handoffs.report.referenceShare', { share: pct(ref.insufficientShareOfCs) })}</Text>
          <Text size="xs" c="dimmed" mt={4}>{t('handoffs.report.source', { source, year: ref.source.year })}</Text>
        </Card>
        <Card withBorder radius="md" padding="md">
          <Title order={5} mb={4}>{t('handoffs.report.howTitle')}</Title>
          <Text size="sm" c="dimmed">{t('handoffs.report.how')}</Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
