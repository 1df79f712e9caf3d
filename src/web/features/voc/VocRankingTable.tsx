/** The ranked VOC list: filters (status with counts, area, kind), the order (accounts, ARR, recent), the table, CSV. */
import { Badge, Card, Group, SegmentedControl, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VOC_SORTS, type VocSort } from '../../../domain/voc/rank';
import { VOC_KINDS, VOC_STATUSES, type VocKind, type VocStatus } from '../../../domain/voc/status';
import { vocApi, vocCsvUrl, vocKeys, type VocListQuery } from '../../api/voc';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';
import { CsvButton } from '../revenue/CsvButton';
import { VocKindBadge, VocStatusBadge } from './VocBadges';

interface Props {
  query: VocListQuery;
  onQuery: (q: VocListQuery) => void;
  onOpen: (itemId: string) => void;
}

export function VocRankingTable({ query, onQuery, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({ queryKey: vocKeys.list(query), queryFn: () => vocApi.list(query) });
  if (list.isPending) return <TableSkeleton />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const { items, counts, areas, currency } = list.data;
  const set = (patch: Partial<VocListQuery>) => {
    const next: VocListQuery = { ...query, ...patch };
    for (const k of ['status', 'area', 'kind'] as const) if (next[k] === undefined) delete next[k];
    onQuery(next);
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <SegmentedControl value={query.status ?? 'all'} onChange={(v) => set({ status: v === 'all' ? undefined : (v as VocStatus) })} data-testid="voc-status-filter"
          data={(['all', ...VOC_STATUSES] as const).map((s) => ({ value: s, label: `${s === 'all' ? t('voc.all') : t(`voc.status.${s}`)} ${counts[s]}` }))} />
        <Group gap="xs" wrap="wrap">
          <Select placeholder={t('voc.anyArea')} clearable searchable w={170} value={query.area ?? null} onChange={(v) => set({ area: v ?? undefined })}
            data={areas.map((a) => ({ value: a.area, label: `${a.area} (${a.items})` }))} data-testid="voc-area-filter" />
          <Select placeholder={t('voc.anyKind')} clearable w={130} value={query.kind ?? null} onChange={(v) => set({ kind: (v as VocKind | null) ?? undefined })}
            data={VOC_KINDS.map((k) => ({ value: k, label: t(`voc.kind.${k}`) }))} />
          <CsvButton href={vocCsvUrl(query)} fileName="voc.csv" />
        </Group>
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed">{t('voc.sortBy')}</Text>
        <SegmentedControl size="xs" value={query.sort} onChange={(v) => set({ sort: v as VocSort })} data-testid="voc-sort"
          data={VOC_SORTS.map((s) => ({ value: s, label: t(`voc.sort.${s}`) }))} />
      </Group>
      {counts.all === 0 ? (
        <Card withBorder radius="md" padding="xl"><Text ta="center" c="dimmed">{t('voc.empty')}</Text></Card>
      ) : (
        <Card withBorder radius="md" padding={0}>
          <Table.ScrollContainer minWidth={880}>
            <Table highlightOnHover verticalSpacing="xs" data-testid="voc-table">
              <Table.Thead><Table.Tr>
                <Table.Th w={48}>#</Table.Th><Table.Th>{t('voc.columns.title')}</Table.Th><Table.Th>{t('voc.columns.areas')}</Table.Th>
                <Table.Th ta="right">{t('voc.columns.accounts')}</Table.Th><Table.Th ta="right">{t('voc.columns.arr')}</Table.Th>
                <Table.Th ta="right">{t('voc.columns.mentions')}</Table.Th><Table.Th>{t('voc.columns.status')}</Table.Th>
                <Table.Th>{t('voc.columns.lastHeard')}</Table.Th>
              </Table.Tr></Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.id} data-testid="voc-row" style={{ cursor: 'pointer' }} onClick={() => onOpen(i.id)}>
                    <Table.Td><Text size="sm" c="dimmed">{i.rank}</Text></Table.Td>
                    <Table.Td>
                      <UnstyledButton onClick={(e) => { e.stopPropagation(); onOpen(i.id); }}>
                        <Group gap={6} wrap="nowrap"><Text size="sm" fw={600}>{i.title}</Text><VocKindBadge kind={i.kind} /></Group>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td><Group gap={4}>{i.areas.map((a) => <Badge key={a} size="sm" variant="dot" color="gray">{a}</Badge>)}</Group></Table.Td>
                    <Table.Td ta="right"><Text size="sm" fw={600}>{format.number(i.accounts)}</Text></Table.Td>
                    <Table.Td ta="right"><Text size="sm">{format.money(i.arr, currency)}</Text></Table.Td>
                    <Table.Td ta="right"><Text size="sm" c="dimmed">{format.number(i.mentions)}</Text></Table.Td>
                    <Table.Td><VocStatusBadge status={i.status} /></Table.Td>
                    <Table.Td><Text size="sm" c="dimmed">{format.dayOf(i.lastHeardAt)}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 && <Text ta="center" c="dimmed" p="md">{t('voc.noMatch')}</Text>}
        </Card>
      )}
      <Text size="xs" c="dimmed">{t('voc.countNote')}</Text>
    </Stack>
  );
}
