/** The audit log: who changed what and when, newest first, paged with a cursor. */
import { Badge, Button, Center, Code, Paper, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat } from '../../lib/use-format';

const ACTION_COLOR: Record<string, string> = { create: 'teal', update: 'ai', delete: 'red', revoke: 'orange' };

function changesText(entry: AuditEntry): string {
  if (!entry.changes) return '';
  return Object.entries(entry.changes)
    .map(([key, value]) => (Array.isArray(value) && value.length === 2 ? `${key}: ${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}` : `${key}: ${JSON.stringify(value)}`))
    .join('\n');
}

export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useInfiniteQuery({
    queryKey: keys.audit,
    queryFn: ({ pageParam }) => api.audit(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? null,
  });
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Paper p={0} style={{ overflow: 'hidden' }}>
      {log.isPending ? <TableSkeleton /> : log.isError ? <QueryError error={log.error} onRetry={() => void log.refetch()} /> :
        items.length === 0 ? <Text size="sm" c="dimmed" ta="center" p="xl">{t('audit.empty')}</Text> : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={860} data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={170}>{t('audit.at')}</Table.Th>
                  <Table.Th w={160}>{t('audit.actor')}</Table.Th>
                  <Table.Th w={100}>{t('audit.action')}</Table.Th>
                  <Table.Th w={140}>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td className="kz-num">{format.dateTime(e.at)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.actorName ?? '—'}</Text>
                      <Text size="xs" c="dimmed">{t(`audit.actorTypes.${e.actorType}`, { defaultValue: e.actorType })}</Text>
                    </Table.Td>
                    <Table.Td><Badge color={ACTION_COLOR[e.action] ?? 'gray'}>{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Badge></Table.Td>
                    <Table.Td>{t(`audit.entities.${e.entity}`, { defaultValue: e.entity })}</Table.Td>
                    <Table.Td>{e.changes ? <Code block fz="xs" style={{ maxHeight: 120, overflow: 'auto' }}>{changesText(e)}</Code> : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      {log.hasNextPage && (
        <Center p="sm">
          <Button variant="default" size="xs" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>{t('common.loadMore')}</Button>
        </Center>
      )}
    </Paper>
  );
}
