/**
 * The delivery log: every email and webhook Kizuna queued, its status, attempts, next try and
 * last error, with "retry now" for a waiting or given-up message and a CSV export.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconMail, IconRefresh, IconWebhook } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { deliveryApi, deliveryKeys, type OutboxItem, type OutboxStatus } from '../../api/delivery';
import { buildUrl } from '../../api/http';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { CsvButton } from '../revenue/CsvButton';

const COLORS: Record<OutboxStatus, string> = { pending: 'yellow', sent: 'teal', dead: 'red' };

export function OutboxCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const initial = params.get('status');
  const [status, setStatus] = useState<OutboxStatus | 'all'>(initial === 'pending' || initial === 'sent' || initial === 'dead' ? initial : 'all');
  const query = { ...(status !== 'all' ? { status } : {}), limit: 200 };
  const list = useQuery({ queryKey: deliveryKeys.outbox(query), queryFn: () => deliveryApi.outbox(query), refetchInterval: 15_000 });
  const retry = useMutation({
    mutationFn: (item: OutboxItem) => deliveryApi.retry(item.id),
    onSuccess: () => {
      notifySaved(t('delivery.outbox.retried'));
      void queryClient.invalidateQueries({ queryKey: ['delivery', 'outbox'] });
      // the worker picks it up within moments; look again shortly
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['delivery', 'outbox'] }), 1500);
    },
    onError: (e) => notifyError(t, e),
  });
  const choose = (value: string) => {
    setStatus(value as OutboxStatus | 'all');
    const next = new URLSearchParams(params);
    if (value === 'all') next.delete('status'); else next.set('status', value);
    setParams(next, { replace: true });
  };
  const counts = list.data?.counts;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="outbox">
      <Group justify="space-between" mb="sm" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{t('delivery.outbox.title')}</Text>
          <Text size="sm" c="dimmed">{t('delivery.outbox.intro')}</Text>
        </Stack>
        <Group gap="xs">
          <SegmentedControl size="xs" value={status} onChange={choose} data={[
            { value: 'all', label: t('delivery.outbox.all') },
            { value: 'pending', label: `${t('delivery.status.pending')}${counts ? ` ${counts.pending}` : ''}` },
            { value: 'sent', label: `${t('delivery.status.sent')}${counts ? ` ${counts.sent}` : ''}` },
            { value: 'dead', label: `${t('delivery.status.dead')}${counts ? ` ${counts.dead}` : ''}` },
          ]} data-testid="outbox-filter" />
          <CsvButton href={buildUrl('/delivery/outbox', { ...query, limit: 5000, format: 'csv' })} fileName="delivery-log.csv" />
        </Group>
      </Group>
      {list.data && !list.data.mailConfigured && list.data.items.some((i) => i.waiting === 'mail_not_configured') && (
        <Alert color="orange" variant="light" mb="sm" data-testid="outbox-waiting-mail">{t('delivery.outbox.waitingForMail')}</Alert>
      )}
      {list.isPending ? <TableSkeleton rows={4} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="md" data-testid="outbox-empty">{t(status === 'all' ? 'delivery.outbox.empty' : 'delivery.outbox.emptyFiltered')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="outbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('delivery.outbox.created')}</Table.Th>
                <Table.Th>{t('delivery.outbox.to')}</Table.Th>
                <Table.Th>{t('delivery.outbox.summary')}</Table.Th>
                <Table.Th w={130}>{t('delivery.outbox.status')}</Table.Th>
                <Table.Th w={70} ta="right">{t('delivery.outbox.attempts')}</Table.Th>
                <Table.Th>{t('delivery.outbox.lastError')}</Table.Th>
                <Table.Th w={110} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.id} data-testid="outbox-row">
                  <Table.Td><Text size="sm">{f.dateTime(item.createdAt)}</Text></Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {item.kind === 'email' ? <IconMail size={16} /> : <IconWebhook size={16} />}
                      <Text size="sm" maw={240} truncate title={item.target}>{item.target}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" lineClamp={1}>{item.summary ?? '—'}</Text>
                      {item.accountId && <Text size="xs" component={Link} to={`/accounts/${item.accountId}`} c="blue">{item.accountName}</Text>}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Badge color={COLORS[item.status]} variant="light">{t(`delivery.status.${item.status}`)}</Badge>
                      {item.status === 'pending' && item.waiting && (
                        <Text size="xs" c="dimmed">
                          {item.waiting === 'retrying' && item.nextAttemptAt ? t('delivery.outbox.nextAt', { at: f.dateTime(item.nextAttemptAt) }) : t(`delivery.waiting.${item.waiting}`)}
                        </Text>
                      )}
                      {item.status === 'sent' && item.sentAt && <Text size="xs" c="dimmed">{f.dateTime(item.sentAt)}</Text>}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right"><Text size="sm">{item.attempts}</Text></Table.Td>
                  <Table.Td>
                    {item.lastError && (
                      <Tooltip label={item.lastError} multiline w={360}>
                        <Text size="xs" c={item.status === 'dead' ? 'red' : 'dimmed'} lineClamp={2} maw={280}>
                          {item.waiting === 'mail_not_configured' ? t('delivery.waiting.mail_not_configured') : item.lastError}
                        </Text>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {item.status !== 'sent' && item.waiting !== 'mail_not_configured' && (
                      <Button size="compact-xs" variant="light" leftSection={<IconRefresh size={12} />} loading={retry.isPending && retry.variables?.id === item.id}
                        onClick={() => retry.mutate(item)} data-testid="outbox-retry">
                        {t('delivery.outbox.retryNow')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
