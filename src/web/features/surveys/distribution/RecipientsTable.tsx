/**
 * The recipients: who each is, when they were invited and reminded, whether they opened the
 * link and answered; filtered by status, paged by "load more". One who has not answered can be
 * taken off (their link stops working).
 */
import { ActionIcon, Anchor, Badge, Button, Group, Paper, SegmentedControl, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { distributionApi, distributionKeys, type Recipient, type RecipientStatus } from '../../../api/survey-distribution';
import { surveyKeys, type Survey } from '../../../api/surveys';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useFormat } from '../../../lib/use-format';

const STATUSES: RecipientStatus[] = ['all', 'not_invited', 'not_responded', 'responded'];

function Row({ r, onRemove }: { r: Recipient; onRemove: (() => void) | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : '—');
  return (
    <Table.Tr data-testid="recipient-row">
      <Table.Td>
        <Text size="sm">{r.contactName}</Text>
        <Text size="xs" c={r.email ? 'dimmed' : 'red'}>{r.email ?? t('surveyDistribution.table.noEmail')}</Text>
      </Table.Td>
      <Table.Td><Anchor component={Link} to={`/accounts/${r.accountId}`} size="sm">{r.accountName}</Anchor></Table.Td>
      <Table.Td>{t(`surveyDistribution.languages.${r.language}`)}</Table.Td>
      <Table.Td className="kz-num">{when(r.invitedAt)}</Table.Td>
      <Table.Td className="kz-num">
        {r.reminderCount === 0 ? '—' : (
          <Tooltip label={when(r.lastRemindedAt)}><span>{t('surveyDistribution.table.reminders', { count: r.reminderCount })}</span></Tooltip>
        )}
      </Table.Td>
      <Table.Td className="kz-num">{when(r.firstOpenedAt)}</Table.Td>
      <Table.Td>
        {r.respondedAt ? <Badge color="teal" variant="light">{t('surveyDistribution.table.answered')}</Badge>
          : r.invitedAt ? <Badge color="gray" variant="light">{t('surveyDistribution.table.waiting')}</Badge>
            : <Badge color="yellow" variant="light">{t('surveyDistribution.table.notInvited')}</Badge>}
      </Table.Td>
      <Table.Td w={48}>
        {onRemove && (
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('surveyDistribution.remove.label')} data-testid="remove-recipient">
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function RecipientsTable({ survey, canManage }: { survey: Survey; canManage: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [status, setStatus] = useState<RecipientStatus>('all');
  const [removing, setRemoving] = useState<Recipient | null>(null);
  const list = useInfiniteQuery({
    queryKey: [...distributionKeys.recipients(survey.id, status), 'pages'],
    queryFn: ({ pageParam }) => distributionApi.recipients(survey.id, { status, limit: 100, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  const remove = useMutation({
    mutationFn: (r: Recipient) => distributionApi.remove(r.id),
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: distributionKeys.all(survey.id) });
      void client.invalidateQueries({ queryKey: surveyKeys.all });
      notifySaved(t('surveyDistribution.remove.done'));
    },
    onError: (error) => { setRemoving(null); notifyError(t, error); },
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.counts.recipients ?? 0;
  const mayRemove = canManage && survey.status !== 'closed';
  return (
    <Paper p="md" withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">{t('surveyDistribution.table.title', { count: total })}</Title>
        <SegmentedControl size="xs" value={status} onChange={(v) => setStatus(v as RecipientStatus)} data-testid="recipient-status"
          data={STATUSES.map((s) => ({ value: s, label: t(`surveyDistribution.table.status.${s}`) }))} />
      </Group>
      {list.isPending ? <TableSkeleton rows={4} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> :
        items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" p="lg" data-testid="recipients-empty">
            {status === 'all' ? t(survey.status === 'closed' ? 'surveyDistribution.table.emptyClosed' : 'surveyDistribution.table.empty') : t('surveyDistribution.table.emptyFiltered')}
          </Text>
        ) : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={900} data-testid="recipients-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('surveyDistribution.table.contact')}</Table.Th>
                  <Table.Th>{t('surveyDistribution.table.account')}</Table.Th>
                  <Table.Th w={80}>{t('surveyDistribution.table.language')}</Table.Th>
                  <Table.Th w={150}>{t('surveyDistribution.table.invited')}</Table.Th>
                  <Table.Th w={110}>{t('surveyDistribution.table.reminded')}</Table.Th>
                  <Table.Th w={150}>{t('surveyDistribution.table.opened')}</Table.Th>
                  <Table.Th w={130}>{t('surveyDistribution.table.state')}</Table.Th>
                  <Table.Th w={48} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => <Row key={r.id} r={r} onRemove={mayRemove && !r.respondedAt ? () => setRemoving(r) : null} />)}
              </Table.Tbody>
            </Table>
          </div>
        )}
      {list.hasNextPage && (
        <Group justify="center" mt="sm">
          <Button variant="default" size="xs" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>
        </Group>
      )}
      <ConfirmDialog opened={removing !== null} onClose={() => setRemoving(null)} loading={remove.isPending}
        title={t('surveyDistribution.remove.title')} confirmLabel={t('surveyDistribution.remove.confirm')}
        message={t('surveyDistribution.remove.message', { name: removing?.contactName ?? '', account: removing?.accountName ?? '' })}
        onConfirm={() => removing && remove.mutate(removing)} />
    </Paper>
  );
}
