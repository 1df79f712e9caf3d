/**
 * アンケート / Surveys (/surveys): every survey with its status, how many were invited and
 * answered (回答回収数), the response rate and the NPS; managers start a new one here.
 */
import { Anchor, Button, Group, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { SurveyStatus } from '../../../domain/surveys/lifecycle';
import { surveyApi, surveyKeys, type SurveySummary } from '../../api/surveys';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { SurveyKindBadge, SurveyStatusBadge } from './SurveyBadges';

const FILTERS = ['all', 'draft', 'open', 'closed'] as const;

export function SurveysPage() {
  const { t } = useTranslation();
  const canManage = useCan('survey.manage');
  const [params, setParams] = useSearchParams();
  const filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '') ? params.get('status') as SurveyStatus : 'all';
  const query = filter === 'all' ? {} : { status: filter };
  const list = useQuery({ queryKey: surveyKeys.list(query), queryFn: () => surveyApi.list(query) });
  const newButton = canManage && (
    <Button component={Link} to="/surveys/new" leftSection={<IconPlus size={16} />} data-testid="new-survey">{t('surveys.list.new')}</Button>
  );
  return (
    <>
      <PageHeader title={t('surveys.list.title')} subtitle={t('surveys.list.subtitle')} actions={newButton} />
      <SegmentedControl mb="md" value={filter} data={FILTERS.map((f) => ({ value: f, label: t(`surveys.list.filter.${f}`) }))}
        onChange={(v) => setParams(v === 'all' ? {} : { status: v }, { replace: true })} />
      {list.isPending && <TableSkeleton />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (list.data.items.length === 0
        ? <Empty canManage={canManage} filtered={filter !== 'all'} />
        : <SurveyTable items={list.data.items} />)}
    </>
  );
}

function Empty({ canManage, filtered }: { canManage: boolean; filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" ta="center" data-testid="surveys-empty">
      <Text fw={600}>{filtered ? t('surveys.list.emptyFiltered') : t('surveys.list.emptyTitle')}</Text>
      {!filtered && <Text size="sm" c="dimmed" mt={4} maw={560} mx="auto">{t('surveys.list.emptyBody')}</Text>}
      {!filtered && (canManage
        ? <Button component={Link} to="/surveys/new" mt="md" leftSection={<IconPlus size={16} />}>{t('surveys.list.new')}</Button>
        : <Text size="sm" c="dimmed" mt="md">{t('surveys.list.emptyAskManager')}</Text>)}
    </Paper>
  );
}

function SurveyTable({ items }: { items: SurveySummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = (x: number | null) => (x === null ? '—' : `${format.number(Math.round(x * 1000) / 10)}%`);
  const period = (s: SurveySummary) => {
    if (s.status === 'draft') return t('surveys.list.notOpened');
    const from = format.dayOf(s.openedAt);
    const to = s.closedAt ?? s.closesAt;
    return to ? `${from} – ${format.dayOf(to)}` : t('surveys.list.openSince', { date: from });
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="survey-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.list.name')}</Table.Th>
            <Table.Th>{t('surveys.list.kind')}</Table.Th>
            <Table.Th>{t('surveys.list.status')}</Table.Th>
            <Table.Th>{t('surveys.list.period')}</Table.Th>
            <Table.Th ta="right">{t('surveys.list.invited')}</Table.Th>
            <Table.Th ta="right">{t('surveys.list.responses')}</Table.Th>
            <Table.Th ta="right">{t('surveys.list.responseRate')}</Table.Th>
            <Table.Th ta="right">{t('surveys.list.nps')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id} data-testid="survey-row">
              <Table.Td>
                <Anchor component={Link} to={`/surveys/${s.id}`} fw={600}>{s.name}</Anchor>
                {s.series && <Text size="xs" c="dimmed">{t('surveys.list.series', { series: s.series })}</Text>}
              </Table.Td>
              <Table.Td><SurveyKindBadge kind={s.kind} /></Table.Td>
              <Table.Td><SurveyStatusBadge status={s.status} /></Table.Td>
              <Table.Td><Text size="sm">{period(s)}</Text></Table.Td>
              <Table.Td ta="right">{format.number(s.counts.invited)}</Table.Td>
              <Table.Td ta="right">{format.number(s.counts.responses)}</Table.Td>
              <Table.Td ta="right">{percent(s.counts.responseRate)}</Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Text size="sm" fw={600}>{s.counts.nps === null ? '—' : format.number(s.counts.nps)}</Text>
                  {s.counts.nps !== null && <Text size="xs" c="dimmed">{t('surveys.list.npsN', { count: s.counts.npsAnswers })}</Text>}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
