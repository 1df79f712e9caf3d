/**
 * Year over year (定点観測): this run against the previous run of its series — each leaf's share and continuation
 * intent, and overall NPS, continuation and satisfaction — with the change, its 95% interval and whether it is a
 * real change, too small to tell, or no change.
 */
import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChangeVerdict, Difference } from '../../../../domain/surveys/compare-years';
import { surveyAnalysisApi, surveyAnalysisKeys } from '../../../api/survey-analysis';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFormat } from '../../../lib/use-format';
import { estimateText, pct, pValueText, SCALE, signed } from './cx-format';

const COLOR: Record<ChangeVerdict, string> = { changed: 'blue', no_change: 'gray', too_small: 'gray' };

function Change({ d, digits, scale = 1, suffix = '' }: { d: Difference; digits: number; scale?: number; suffix?: string }) {
  const { t } = useTranslation();
  const range = d.low === null || d.high === null ? '' : ` [${(d.low * scale).toFixed(digits)}, ${(d.high * scale).toFixed(digits)}]`;
  return (
    <>
      <Table.Td ta="right">{signed(d.difference === null ? null : d.difference * scale, digits, suffix)}{range}</Table.Td>
      <Table.Td ta="right">{pValueText(d.pValue)}</Table.Td>
      <Table.Td><Badge size="xs" variant={d.verdict === 'changed' ? 'light' : 'dot'} color={COLOR[d.verdict]}>{t(`cx.yoy.verdict.${d.verdict}`)}</Badge></Table.Td>
    </>
  );
}

export function YearOverYearPanel({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({ queryKey: surveyAnalysisKeys.compare(surveyId), queryFn: () => surveyAnalysisApi.compare(surveyId) });
  if (query.isPending) return <TableSkeleton rows={4} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { previous, comparison: c } = query.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="cx-yoy">
      <Stack gap="sm">
        <Title order={4} fz="md">{t('cx.yoy.title')}</Title>
        {!previous || !c ? <Text size="sm" c="dimmed">{t('cx.yoy.none')}</Text> : (
          <>
            <Text size="sm">{t('cx.yoy.against', { name: previous.name, date: format.date(previous.runOn), now: format.number(c.current.responses), before: format.number(c.previous.responses) })}</Text>
            <Table.ScrollContainer minWidth={760}>
              <Table fz="sm" verticalSpacing={3} data-testid="cx-yoy-table">
                <Table.Thead><Table.Tr>
                  <Table.Th /><Table.Th ta="right">{t('cx.yoy.previous')}</Table.Th><Table.Th ta="right">{t('cx.yoy.current')}</Table.Th>
                  <Table.Th ta="right">{t('cx.yoy.change')}</Table.Th><Table.Th ta="right">p</Table.Th><Table.Th />
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  <Table.Tr fw={600}><Table.Td>NPS</Table.Td>
                    <Table.Td ta="right">{estimateText(c.nps.previous, 1)}</Table.Td><Table.Td ta="right">{estimateText(c.nps.current, 1)}</Table.Td>
                    <Change d={c.nps} digits={1} /></Table.Tr>
                  <Table.Tr fw={600}><Table.Td>{t('cx.metric.continuation')}</Table.Td>
                    <Table.Td ta="right">{estimateText(c.continuation.previous, 2, SCALE)}</Table.Td><Table.Td ta="right">{estimateText(c.continuation.current, 2, SCALE)}</Table.Td>
                    <Change d={c.continuation} digits={2} /></Table.Tr>
                  <Table.Tr fw={600}><Table.Td>{t('cx.metric.satisfaction')}</Table.Td>
                    <Table.Td ta="right">{estimateText(c.satisfaction.previous, 2, SCALE)}</Table.Td><Table.Td ta="right">{estimateText(c.satisfaction.current, 2, SCALE)}</Table.Td>
                    <Change d={c.satisfaction} digits={2} /></Table.Tr>
                  {c.leaves.flatMap((l) => [
                    <Table.Tr key={`${l.leaf}-share`}><Table.Td>{t('cx.yoy.leafShare', { leaf: t(`cx.leaf.${l.leaf}`) })}</Table.Td>
                      <Table.Td ta="right">{pct(l.previous.share?.value ?? null)} (n={l.previous.n})</Table.Td>
                      <Table.Td ta="right">{pct(l.current.share?.value ?? null)} (n={l.current.n})</Table.Td>
                      <Change d={l.share} digits={1} scale={100} suffix="pt" /></Table.Tr>,
                    <Table.Tr key={`${l.leaf}-cont`}><Table.Td pl="lg" c="dimmed">{t('cx.yoy.leafContinuation')}</Table.Td>
                      <Table.Td ta="right">{estimateText(l.continuation.previous, 2, SCALE)}</Table.Td><Table.Td ta="right">{estimateText(l.continuation.current, 2, SCALE)}</Table.Td>
                      <Change d={l.continuation} digits={2} /></Table.Tr>,
                  ])}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">{t('cx.yoy.method')}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
