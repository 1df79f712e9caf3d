/**
 * 成熟度診断 / Maturity: the chosen self-assessment (the latest by default) as a radar against
 * the one before, its total beside the 2018 reference points, steps for the weakest axes, each
 * axis with what Kizuna's data says now, and the history.
 */
import { lazy, Suspense } from 'react';
import { Button, EmptyState, Grid, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconClipboardCheck, IconRadar } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { maturityApi, maturityKeys } from '../../api/maturity';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useCan } from '../../session/use-session';
import { AxisTable } from './AxisTable';
import { HistoryTable } from './HistoryTable';
import { SuggestionsCard } from './SuggestionsCard';
import { TotalCard } from './TotalCard';

const MaturityRadar = lazy(() => import('./MaturityRadar').then((m) => ({ default: m.MaturityRadar })));

export function MaturityPage() {
  const { t } = useTranslation();
  const canAssess = useCan('maturity.assess');
  const [params, setParams] = useSearchParams();
  const list = useQuery({ queryKey: maturityKeys.list(), queryFn: maturityApi.list });
  const evidence = useQuery({ queryKey: maturityKeys.evidence(), queryFn: maturityApi.evidence });
  const start = canAssess && (
    <Button component={Link} to="/maturity/new" leftSection={<IconClipboardCheck size={16} />} data-testid="start-assessment">
      {t('maturity.start')}
    </Button>
  );

  const header = <PageHeader title={t('maturity.title')} subtitle={t('maturity.subtitle')} actions={start} />;
  if (list.isPending) return <>{header}<TableSkeleton /></>;
  if (list.isError) return <>{header}<Paper><QueryError error={list.error} onRetry={() => void list.refetch()} /></Paper></>;

  const items = list.data.items;
  if (items.length === 0) {
    return (
      <>
        {header}
        <Paper withBorder radius="md">
          <EmptyState py={56} variant="light" icon={<IconRadar size={30} />} data-testid="maturity-empty"
            title={t('maturity.empty.title')} description={t(canAssess ? 'maturity.empty.description' : 'maturity.empty.askAssessor')}
            styles={{ description: { maxWidth: 620 } }}>
            {canAssess && <EmptyState.Actions>{start}</EmptyState.Actions>}
          </EmptyState>
        </Paper>
      </>
    );
  }

  const index = Math.max(0, items.findIndex((a) => a.id === params.get('id')));
  const current = items[index]!;
  const previous = items[index + 1] ?? null;
  return (
    <>
      {header}
      <Stack gap="md">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Paper withBorder radius="md" p="md" h="100%">
              <Text fw={600} size="sm">{t('maturity.radar.title')}</Text>
              <Suspense fallback={<Skeleton h={340} radius="md" />}>
                <MaturityRadar current={current} previous={previous} />
              </Suspense>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <TotalCard total={current.total} previousTotal={previous?.total ?? null} />
          </Grid.Col>
        </Grid>
        <SuggestionsCard scores={current.scores} />
        {evidence.isError
          ? <Paper><QueryError error={evidence.error} onRetry={() => void evidence.refetch()} /></Paper>
          : <AxisTable scores={current.scores} previous={previous?.scores ?? null} evidence={evidence.data?.evidence ?? null} />}
        <HistoryTable items={items} selectedId={current.id} canDelete={canAssess}
          onSelect={(id) => setParams(id === items[0]?.id ? {} : { id }, { replace: true })} />
      </Stack>
    </>
  );
}
