/** A subscription's change history from its dated events: what changed, when, and the MRR after. */
import { Badge, Drawer, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { Subscription } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { SubscriptionStatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/use-format';
import { priceText } from './price-text';

export function SubscriptionHistoryDrawer({ subscription, onClose }: { subscription: Subscription | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const events = useQuery({
    queryKey: keys.subscriptionEvents(subscription?.id ?? ''),
    queryFn: () => api.subscriptionEvents(subscription?.id ?? ''),
    enabled: subscription !== null,
  });
  const items = [...(events.data?.items ?? [])].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.recordedAt.localeCompare(a.recordedAt));

  return (
    <Drawer opened={subscription !== null} onClose={onClose} position="right" size="xl"
      title={<Text fw={700}>{t('subscriptions.historyTitle', { plan: subscription?.plan ?? '' })}</Text>}>
      {events.isPending ? <Stack>{[0, 1, 2].map((i) => <Skeleton key={i} h={28} />)}</Stack>
        : events.isError ? <QueryError error={events.error} onRetry={() => void events.refetch()} />
        : items.length === 0 ? <Text size="sm" c="dimmed">{t('subscriptions.noHistory')}</Text>
        : (
          <div className="kz-table-wrap">
            <Table fz="sm" data-testid="subscription-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('subscriptions.fields.effectiveOn')}</Table.Th>
                  <Table.Th>{t('subscriptions.event')}</Table.Th>
                  <Table.Th>{t('subscriptions.fields.plan')}</Table.Th>
                  <Table.Th ta="right">{t('subscriptions.fields.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('subscriptions.fields.unitPrice')}</Table.Th>
                  <Table.Th>{t('subscriptions.fields.status')}</Table.Th>
                  <Table.Th ta="right">{t('fields.mrr')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td className="kz-num">{format.date(e.effectiveOn)}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        <Badge size="xs" variant="light" color="gray">{t(`subscriptionEvent.${e.kind}`, { defaultValue: e.kind })}</Badge>
                        <Text size="xs" c="dimmed">{t(`eventSource.${e.source}`, { defaultValue: e.source })}</Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>{e.plan}</Table.Td>
                    <Table.Td ta="right" className="kz-num">{format.number(e.quantity)}</Table.Td>
                    <Table.Td ta="right" className="kz-num">
                      {priceText(e.unitPrice, e.currency, e.billingInterval, e.intervalCount, format.locale, t)}
                      {e.discountPercent > 0 && <Text size="xs" c="dimmed">−{e.discountPercent}%</Text>}
                    </Table.Td>
                    <Table.Td><SubscriptionStatusBadge status={e.status} /></Table.Td>
                    <Table.Td ta="right" className="kz-num" fw={600}>{format.money(e.mrr, e.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
    </Drawer>
  );
}
