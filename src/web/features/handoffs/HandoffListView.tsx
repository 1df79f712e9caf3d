/** The list of handoffs: status counts to filter by, a per-rep summary, the table, CSV. */
import { useState } from 'react';
import { Anchor, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { COMPLETENESS_BANDS, type CompletenessBand } from '../../../domain/handoffs/bands';
import { HANDOFF_STATUSES, type HandoffStatus } from '../../../domain/handoffs/status';
import { handoffApi, handoffCsvUrl, handoffKeys } from '../../api/handoffs';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { CsvButton } from '../revenue/CsvButton';
import { CompletenessBar, HandoffStatusBadge } from './HandoffBadges';

export function HandoffListView() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<HandoffStatus | 'all'>('all');
  const [band, setBand] = useState<CompletenessBand | null>(null);
  const query = { ...(status !== 'all' ? { status } : {}), ...(band ? { band } : {}) };
  const list = useQuery({ queryKey: handoffKeys.list(query), queryFn: () => handoffApi.list(query) });
  if (list.isPending) return <TableSkeleton />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { items, counts, byAuthor } = list.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl value={status} onChange={(v) => setStatus(v as HandoffStatus | 'all')} data-testid="status-filter"
          data={(['all', ...HANDOFF_STATUSES] as const).map((s) => ({ value: s, label: `${s === 'all' ? t('handoffs.page.all') : t(`handoffs.status.${s}`)} ${counts[s]}` }))} />
        <Group gap="xs">
          <Select placeholder={t('handoffs.page.anyBand')} clearable w={200} value={band} onChange={(v) => setBand(v as CompletenessBand | null)}
            data={COMPLETENESS_BANDS.map((b) => ({ value: b, label: t(`handoffs.band.${b}`) }))} />
          <CsvButton href={handoffCsvUrl('/handoffs', { status: status === 'all' ? undefined : status, band: band ?? undefined })} fileName="handoffs.csv" />
        </Group>
      </Group>
      {counts.all === 0 ? (
        <Card withBorder radius="md" padding="xl"><Text ta="center" c="dimmed">{t('handoffs.page.empty')}</Text></Card>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="by-author">
            {byAuthor.map((a) => (
              <Card key={a.authorId ?? 'none'} withBorder radius="md" padding="sm">
                <Text size="sm" fw={600}>{a.authorName ?? t('handoffs.someone')}</Text>
                <Text size="xs" c="dimmed">{t('handoffs.page.repSummary', { count: a.handoffs, average: a.averageCompleteness ?? '—', returned: a.returned })}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <Card withBorder radius="md" padding={0}>
            <Table.ScrollContainer minWidth={860}>
              <Table highlightOnHover verticalSpacing="xs" data-testid="handoff-table">
                <Table.Thead><Table.Tr>
                  <Table.Th>{t('handoffs.columns.account')}</Table.Th><Table.Th>{t('handoffs.columns.status')}</Table.Th>
                  <Table.Th>{t('handoffs.columns.completeness')}</Table.Th><Table.Th>{t('handoffs.columns.author')}</Table.Th>
                  <Table.Th>{t('handoffs.columns.owner')}</Table.Th><Table.Th>{t('handoffs.columns.submittedAt')}</Table.Th>
                  <Table.Th>{t('handoffs.columns.note')}</Table.Th>
                </Table.Tr></Table.Thead>
                <Table.Tbody>
                  {items.map((h) => (
                    <Table.Tr key={h.id}>
                      <Table.Td><Anchor component={Link} to={`/accounts/${h.accountId}?tab=handoff`} size="sm">{h.accountName}</Anchor></Table.Td>
                      <Table.Td><HandoffStatusBadge status={h.status} /></Table.Td>
                      <Table.Td><CompletenessBar score={h.completeness} /></Table.Td>
                      <Table.Td><Text size="sm">{h.authorName ?? '—'}</Text></Table.Td>
                      <Table.Td><Text size="sm">{h.accountOwnerName ?? '—'}</Text></Table.Td>
                      <Table.Td><Text size="sm">{h.submittedAt ? format.dayOf(h.submittedAt) : '—'}</Text></Table.Td>
                      <Table.Td maw={280}><Text size="sm" lineClamp={1} c={h.status === 'returned' ? 'orange' : 'dimmed'}>{h.reviewNote ?? ''}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {items.length === 0 && <Text ta="center" c="dimmed" p="md">{t('handoffs.page.noMatch')}</Text>}
          </Card>
          <Title order={5} c="dimmed" fz="xs">{t('handoffs.page.count', { count: items.length })}</Title>
        </>
      )}
    </Stack>
  );
}
