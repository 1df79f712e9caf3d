/**
 * Usage events Kizuna kept because no account matched their group id yet, grouped by group id
 * (or user id when they had none). They attach by themselves when a matching account appears;
 * "attach now" does it at once after an account's product id was corrected.
 */
import { Button, Code, Group, Paper, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconLink } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys } from '../../../api/scorecards';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../../lib/notify';
import { useFormat } from '../../../lib/use-format';
import { useCan } from '../../../session/use-session';

export function UnmatchedEvents() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const canWrite = useCan('data.write');
  const list = useQuery({ queryKey: healthKeys.unmatched, queryFn: healthApi.unmatched });
  const attach = useMutation({
    mutationFn: healthApi.attachUnmatched,
    onSuccess: ({ attached }) => {
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
      if (attached > 0) notifySaved(t('health.unmatched.attached', { count: attached }));
      else notifications.show({ message: t('health.unmatched.nothingAttached'), color: 'gray', autoClose: 4000 });
    },
    onError: (error) => notifyError(t, error),
  });
  const items = list.data?.items ?? [];

  return (
    <Paper p="lg" data-testid="unmatched-events">
      <Group justify="space-between" mb={4} align="flex-start">
        <div>
          <Title order={4} fz={16}>{t('health.unmatched.title')}</Title>
          <Text size="sm" c="dimmed" maw={640}>{t('health.unmatched.hint')}</Text>
        </div>
        {canWrite && items.length > 0 && (
          <Button variant="default" size="xs" leftSection={<IconLink size={14} />} loading={attach.isPending} onClick={() => attach.mutate()}>
            {t('health.unmatched.attachNow')}
          </Button>
        )}
      </Group>
      {list.isPending ? <TableSkeleton rows={2} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : (
        items.length === 0 ? (
          <Group gap="xs" mt="md">
            <ThemeIcon variant="light" color="teal" radius="xl" size="sm"><IconCircleCheck size={14} /></ThemeIcon>
            <Text size="sm" c="dimmed">{t('health.unmatched.none')}</Text>
          </Group>
        ) : (
          <>
            <div className="kz-table-wrap">
              <Table fz="sm" mt="sm" miw={640} data-testid="unmatched-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('health.unmatched.groupId')}</Table.Th>
                    <Table.Th ta="right">{t('health.unmatched.events')}</Table.Th>
                    <Table.Th>{t('health.unmatched.firstSeen')}</Table.Th>
                    <Table.Th>{t('health.unmatched.lastSeen')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((row) => (
                    <Table.Tr key={`${row.groupId ?? ''}|${row.userId ?? ''}`}>
                      <Table.Td>
                        {row.groupId !== null ? <Code>{row.groupId}</Code>
                          : <Text size="sm">{t('health.unmatched.userOnly')} <Code>{row.userId}</Code></Text>}
                      </Table.Td>
                      <Table.Td ta="right" className="kz-num">{format.number(row.events)}</Table.Td>
                      <Table.Td className="kz-num">{format.dateTime(row.firstAt)}</Table.Td>
                      <Table.Td className="kz-num">{format.dateTime(row.lastAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Text size="xs" c="dimmed" mt="xs">
              {t('health.unmatched.total', { count: list.data?.total ?? 0 })} · {t('health.unmatched.howToFix')}
            </Text>
          </>
        )
      )}
    </Paper>
  );
}
