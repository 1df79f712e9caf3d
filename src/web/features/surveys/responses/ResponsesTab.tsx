/**
 * A survey's responses: who answered what and when, newest first, filterable by account, each
 * opening in full; with the CX segment of each answer and a CSV of them all.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Center, Group, Paper, Select, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { leafOf } from '../../../../domain/surveys/cx-tree';
import type { Survey } from '../../../api/surveys';
import { surveyAnswerApi, surveyAnswerKeys, type SurveyResponse } from '../../../api/survey-answers';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFormat } from '../../../lib/use-format';
import { ResponseDrawer } from './ResponseDrawer';

/** Reichheld's bands: promoters 9–10, passives 7–8, detractors 0–6. */
const npsColor = (nps: number) => (nps >= 9 ? 'teal' : nps >= 7 ? 'gray' : 'red');

export function ResponsesTab({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [accountId, setAccountId] = useState<string | null>(null);
  const [selected, setSelected] = useState<SurveyResponse | null>(null);
  const query = { accountId: accountId ?? undefined };
  const list = useInfiniteQuery({
    queryKey: surveyAnswerKeys.responses(survey.id, query),
    queryFn: ({ pageParam }) => surveyAnswerApi.responses(survey.id, { ...query, cursor: pageParam ?? undefined, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const definition = first?.definition ?? survey.definition;
  const hasTree = Boolean(definition.roles.trouble && definition.roles.consulted && definition.roles.handling);
  const empty = accountId ? t('surveyAnswer.responses.emptyFiltered') : survey.status === 'draft' ? t('surveyAnswer.responses.emptyDraft') : t('surveyAnswer.responses.empty');

  return (
    <Paper p={0} style={{ overflow: 'hidden' }} data-testid="responses-tab">
      <Group justify="space-between" p="md" gap="sm" wrap="wrap">
        <Group gap="sm">
          <Text fw={600} data-testid="responses-total">{t('surveyAnswer.responses.total', { count: first?.total ?? 0 })}</Text>
          <Select size="xs" w={240} clearable searchable placeholder={t('surveyAnswer.responses.allAccounts')} value={accountId} onChange={setAccountId}
            aria-label={t('surveyAnswer.responses.account')} data-testid="responses-account"
            data={(first?.accounts ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.responses})` }))} />
        </Group>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} component="a"
          href={surveyAnswerApi.csvUrl(survey.id, format.locale, accountId ?? undefined)} download data-testid="responses-csv">
          {t('surveyAnswer.responses.csv')}
        </Button>
      </Group>
      {list.isPending ? <TableSkeleton /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> :
        items.length === 0 ? <Text size="sm" c="dimmed" ta="center" p="xl" data-testid="responses-empty">{empty}</Text> : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={820} highlightOnHover data-testid="responses-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={150}>{t('surveyAnswer.responses.submitted')}</Table.Th>
                  <Table.Th>{t('surveyAnswer.responses.account')}</Table.Th>
                  <Table.Th>{t('surveyAnswer.responses.contact')}</Table.Th>
                  <Table.Th w={70} ta="right">{t('surveyAnswer.responses.nps')}</Table.Th>
                  <Table.Th w={80} ta="right">{t('surveyAnswer.responses.csat')}</Table.Th>
                  <Table.Th w={90} ta="right">{t('surveyAnswer.responses.continuation')}</Table.Th>
                  {hasTree && <Table.Th>{t('surveyAnswer.responses.leaf')}</Table.Th>}
                  <Table.Th w={110}>{t('surveyAnswer.responses.source')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => {
                  const leaf = leafOf(r);
                  return (
                    <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => setSelected(r)} data-testid={`response-${r.id}`}>
                      <Table.Td className="kz-num">{format.dateTime(r.submittedAt)}</Table.Td>
                      <Table.Td><Anchor component={Link} to={`/accounts/${r.accountId}`} size="sm" onClick={(e) => e.stopPropagation()}>{r.accountName}</Anchor></Table.Td>
                      <Table.Td>{r.contactName}</Table.Td>
                      <Table.Td ta="right">{r.nps === null ? '—' : <Badge variant="light" color={npsColor(r.nps)}>{r.nps}</Badge>}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{r.csat ?? '—'}</Table.Td>
                      <Table.Td ta="right" className="kz-num">{r.continuation ?? '—'}</Table.Td>
                      {hasTree && <Table.Td>{leaf ? t(`surveyAnswer.responses.leaves.${leaf}`) : '—'}</Table.Td>}
                      <Table.Td><Text size="xs" c="dimmed">{t(`surveyAnswer.responses.sources.${r.source}`, { defaultValue: r.source })}</Text></Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
      {list.hasNextPage && (
        <Center p="md">
          <Button variant="default" size="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('surveyAnswer.responses.loadMore')}</Button>
        </Center>
      )}
      <ResponseDrawer response={selected} definition={definition} onClose={() => setSelected(null)} />
    </Paper>
  );
}
