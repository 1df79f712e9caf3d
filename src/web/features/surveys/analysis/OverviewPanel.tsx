/**
 * NPS, satisfaction, continuation and recommendation intent for the whole survey and, when a segment is picked, for each of its
 * values: means with 95% intervals as error bars, the distributions of answers, and a table with the n behind each.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_SEGMENTS, surveyAnalysisApi, surveyAnalysisKeys, type AnalysisSegment, type GroupSummary } from '../../../api/survey-analysis';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFormat } from '../../../lib/use-format';
import { EChart } from '../../revenue/EChart';
import { overviewChartOptions } from './analysis-charts';
import { estimateText, SCALE } from './cx-format';

export function OverviewPanel({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const [segment, setSegment] = useState<AnalysisSegment | null>(null);
  const query = useQuery({ queryKey: surveyAnalysisKeys.analysis(surveyId, segment), queryFn: () => surveyAnalysisApi.analysis(surveyId, segment) });
  return (
    <Paper withBorder radius="md" p="md" data-testid="cx-overview">
      <Stack gap="sm">
        <Title order={4} fz="md">{t('cx.overview.title')}</Title>
        <SegmentedControl size="xs" value={segment ?? 'all'} onChange={(v) => setSegment(v === 'all' ? null : v as AnalysisSegment)}
          data={[{ value: 'all', label: t('cx.overview.all') }, ...ANALYSIS_SEGMENTS.map((s) => ({ value: s, label: t(`cx.segment.${s}`) }))]}
          data-testid="cx-segment" style={{ alignSelf: 'flex-start' }} />
        {query.isPending ? <TableSkeleton rows={4} /> : query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} />
          : <OverviewBody groups={[query.data.overall, ...query.data.groups]} segment={query.data.segment} />}
      </Stack>
    </Paper>
  );
}

function OverviewBody({ groups, segment }: { groups: GroupSummary[]; segment: AnalysisSegment | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (g: GroupSummary, i: number) => (i === 0 ? t('cx.overview.all')
    : g.value === null ? t('cx.overview.noValue') : segment === 'size' ? format.sizeBand(g.value) : g.value);
  const categories = groups.map(label);
  const options = useMemo(() => overviewChartOptions(groups, categories, {
    satisfaction: t('cx.metric.satisfaction'), continuation: t('cx.metric.continuation'), recommendation: t('cx.metric.recommendation'),
    continuationLevels: [1, 2, 3, 4, 5].map((n) => t(`cx.intent.${n}`)),
    recommendationLevels: [1, 2, 3, 4, 5].map((n) => t(`cx.recommendationLevel.${n}`)),
    npsClasses: [t('cx.nps.detractors'), t('cx.nps.passives'), t('cx.nps.promoters')],
  }, (e, digits) => estimateText(e, digits)), [groups, categories, t]);
  if (groups[0]!.responses === 0) return <Text size="sm" c="dimmed">{t('cx.empty')}</Text>;
  const barHeight = Math.max(190, 80 + groups.length * 30);
  // Recommendation intent is asked only by surveys with that question: say so rather than draw empty axes, and leave
  // its distribution out.
  const asksRecommendation = groups[0]!.recommendation.n > 0;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <ChartBlock title={t('cx.overview.npsTitle')}><EChart option={options.nps} height={240} testId="cx-nps-chart" /></ChartBlock>
        <ChartBlock title={t('cx.overview.csatTitle')}><EChart option={options.csat} height={240} /></ChartBlock>
        <ChartBlock title={t('cx.overview.continuationTitle')}><EChart option={options.continuation} height={240} testId="cx-continuation-chart" /></ChartBlock>
        <ChartBlock title={t('cx.overview.recommendationTitle')}>
          {asksRecommendation ? <EChart option={options.recommendation} height={240} testId="cx-recommendation-chart" />
            : <Text size="sm" c="dimmed" py="md" data-testid="cx-recommendation-none">{t('cx.overview.recommendationNone')}</Text>}
        </ChartBlock>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartBlock title={t('cx.overview.intentMix')}><EChart option={options.intent} height={barHeight} /></ChartBlock>
        {asksRecommendation && (
          <ChartBlock title={t('cx.overview.recommendationMix')}>
            <EChart option={options.recommendationMix} height={barHeight} testId="cx-recommendation-mix" />
          </ChartBlock>
        )}
        <ChartBlock title={t('cx.overview.npsMix')}><EChart option={options.npsMix} height={barHeight} /></ChartBlock>
      </SimpleGrid>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={4} fz="sm" data-testid="cx-overview-table">
          <Table.Thead><Table.Tr>
            <Table.Th>{segment ? t(`cx.segment.${segment}`) : ''}</Table.Th><Table.Th ta="right">{t('cx.overview.responses')}</Table.Th>
            <Table.Th ta="right">NPS [95% CI]</Table.Th><Table.Th ta="right">{t('cx.metric.satisfaction')}</Table.Th>
            <Table.Th ta="right">{t('cx.metric.continuation')}</Table.Th><Table.Th ta="right">{t('cx.metric.recommendation')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>{groups.map((g, i) => (
            <Table.Tr key={`${i}-${g.value ?? ''}`} fw={i === 0 ? 600 : undefined}>
              <Table.Td>{categories[i]}</Table.Td><Table.Td ta="right">{format.number(g.responses)}</Table.Td>
              <Table.Td ta="right">{estimateText(g.nps.score, 1)}</Table.Td><Table.Td ta="right">{estimateText(g.csat.mean, 2, SCALE)}</Table.Td>
              <Table.Td ta="right">{estimateText(g.continuation.mean, 2, SCALE)}</Table.Td>
              <Table.Td ta="right">{estimateText(g.recommendation.mean, 2, SCALE)}</Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">{t('cx.overview.note')}</Text>
    </Stack>
  );
}

function ChartBlock({ title, children }: { title: string; children: ReactNode }) {
  return <div><Text fw={600} size="sm" mb={4}>{title}</Text>{children}</div>;
}
