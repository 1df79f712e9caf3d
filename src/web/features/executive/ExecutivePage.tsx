/**
 * 経営サマリー / Executive summary: one page for leadership — revenue KPIs against targets and
 * published benchmarks, health and its trend, the maturity score, and what changed — for a
 * month picked in the header (kept in the URL), printable to PDF from the browser.
 */
import { Anchor, Button, Grid, Group, Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { executiveApi, executiveKeys, type ExecutiveSummary } from '../../api/executive';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/use-format';
import { formatPeriodKey } from '../revenue/metric-format';
import { HeadlineStats } from './HeadlineStats';
import { HealthSection } from './HealthSection';
import { KpiCard } from './KpiCard';
import { MaturityCard } from './MaturityCard';
import { MovementsSection } from './MovementsSection';
import { RenewalsSection } from './RenewalsSection';
import { monthChoices } from './executive-reading';
import { usePrintLayout } from './use-print-layout';
import './executive-print.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const HEALTH_DAYS = 180;

export function ExecutivePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : undefined;
  const summary = useQuery({ queryKey: executiveKeys.summary(month), queryFn: () => executiveApi.summary(month) });
  const shown = summary.data?.month.key ?? month;
  usePrintLayout(t('executive.fileName', { month: shown ?? '' }));

  const choices = summary.data ? monthChoices(summary.data.today) : [];
  const select = (
    <Select size="sm" w={190} aria-label={t('executive.month')} value={shown ?? null} disabled={choices.length === 0} allowDeselect={false}
      data={choices.map((key, i) => ({ value: key, label: i === 0 ? t('executive.monthToDate', { month: formatPeriodKey(key, format.locale) }) : formatPeriodKey(key, format.locale) }))}
      onChange={(value) => value && setParams(value === month ? params : { month: value })} data-print="hide" data-testid="exec-month" />
  );
  const print = (
    <Button leftSection={<IconPrinter size={16} />} variant="default" onClick={() => window.print()} disabled={!summary.data} data-print="hide" data-testid="exec-print">
      {t('executive.print')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('executive.title')}
        subtitle={summary.data ? t('executive.subtitle', { month: formatPeriodKey(summary.data.month.key, format.locale), date: format.date(summary.data.today) }) : t('executive.subtitleLoading')}
        actions={<Group gap="xs" data-print="hide">{select}{print}</Group>} />
      {summary.isPending ? <Stack><Skeleton h={90} radius="md" /><Skeleton h={220} radius="md" /><Skeleton h={340} radius="md" /></Stack>
        : summary.isError ? <Paper><QueryError error={summary.error} onRetry={() => void summary.refetch()} /></Paper>
          : <Report summary={summary.data} />}
    </>
  );
}

function Report({ summary }: { summary: ExecutiveSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const noRevenue = summary.headline.mrr === 0 && summary.headline.mrrStart === 0 && summary.movements.largest.length === 0;
  return (
    <Stack gap="lg" data-testid="exec-report">
      <Section title={t('executive.sections.revenue', { month: formatPeriodKey(summary.month.key, format.locale) })}
        note={summary.month.complete ? undefined : t('executive.partialMonth', { date: format.date(summary.month.end) })}>
        {noRevenue && (
          <Paper withBorder radius="md" p="md" mb="md" data-testid="exec-no-revenue">
            <Text size="sm" c="dimmed">{t('executive.noRevenue')}</Text>
            <Anchor component={Link} to="/import" size="sm" data-print="hide">{t('executive.importSubscriptions')}</Anchor>
          </Paper>
        )}
        <HeadlineStats summary={summary} />
        <Grid gap="md">
          {summary.kpis.map((kpi) => (
            <Grid.Col key={kpi.key} span={{ base: 12, sm: 6, xl: 3 }}><KpiCard kpi={kpi} /></Grid.Col>
          ))}
        </Grid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('executive.benchmarkWindow', { from: format.date(summary.benchmarkWindow.from), to: format.date(summary.benchmarkWindow.to) })}
          {' '}<Anchor component={Link} to="/revenue/targets" size="xs" data-print="hide">{t('executive.setTargets')}</Anchor>
        </Text>
      </Section>
      <Section title={t('executive.sections.health')}>
        <HealthSection health={summary.health} currency={summary.currency} days={HEALTH_DAYS} />
      </Section>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Section title={t('executive.sections.renewals', { date: format.date(summary.renewals.to) })}>
            <RenewalsSection summary={summary} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Section title={t('executive.sections.maturity')}>
            <MaturityCard maturity={summary.maturity} />
          </Section>
        </Grid.Col>
      </Grid>
      <Section title={t('executive.sections.movements', { month: formatPeriodKey(summary.month.key, format.locale) })}>
        <MovementsSection summary={summary} />
      </Section>
    </Stack>
  );
}

function Section({ title, note, children }: { title: string; note?: string | undefined; children: ReactNode }) {
  return (
    <section className="kz-exec-section-wrap">
      <Title order={3} fz="md" mb={note ? 0 : 'xs'}>{title}</Title>
      {note && <Text size="xs" c="dimmed" mb="xs">{note}</Text>}
      {children}
    </section>
  );
}
