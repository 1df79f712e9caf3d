/** The account's contract lines: price, MRR, status and term dates, with add, change and history. */
import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconHistory, IconPencil, IconPlus, IconReceipt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account, Subscription } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { SubscriptionStatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { priceText } from './price-text';
import { SubscriptionFormModal } from './SubscriptionFormModal';
import { SubscriptionHistoryDrawer } from './SubscriptionHistoryDrawer';
import { useSubscriptions } from './use-subscription-history';

export function SubscriptionsPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canWrite = useCan('data.write');
  const subscriptions = useSubscriptions(account.id);
  const [form, setForm] = useState<{ subscription: Subscription | null } | null>(null);
  const [history, setHistory] = useState<Subscription | null>(null);

  if (subscriptions.isPending) return <Stack>{[0, 1].map((i) => <Skeleton key={i} h={48} />)}</Stack>;
  if (subscriptions.isError) return <QueryError error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;
  const items = subscriptions.data.items;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('subscriptions.summary', { count: items.length, mrr: format.money(account.mrr, account.currency) })}
        </Text>
        {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ subscription: null })}>{t('subscriptions.add')}</Button>}
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {items.length === 0 ? (
          <Stack align="center" gap="xs" p="xl">
            <IconReceipt size={28} color="var(--mantine-color-gray-5)" />
            <Text fw={600}>{t('subscriptions.emptyTitle')}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={440}>{t('subscriptions.emptyDescription')}</Text>
          </Stack>
        ) : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={860} data-testid="subscriptions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('subscriptions.fields.plan')}</Table.Th>
                  <Table.Th>{t('subscriptions.fields.status')}</Table.Th>
                  <Table.Th ta="right">{t('subscriptions.fields.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('subscriptions.fields.unitPrice')}</Table.Th>
                  <Table.Th ta="right">{t('fields.mrr')}</Table.Th>
                  <Table.Th>{t('subscriptions.term')}</Table.Th>
                  <Table.Th w={80} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{s.plan}</Text>
                      {s.product && <Text size="xs" c="dimmed">{s.product}</Text>}
                    </Table.Td>
                    <Table.Td><SubscriptionStatusBadge status={s.status} /></Table.Td>
                    <Table.Td ta="right" className="kz-num">{format.number(s.quantity)}</Table.Td>
                    <Table.Td ta="right" className="kz-num">
                      {priceText(s.unitPrice, s.currency, s.billingInterval, s.intervalCount, format.locale, t)}
                      {s.discountPercent > 0 && <Text size="xs" c="dimmed">{t('subscriptions.discount', { percent: s.discountPercent })}</Text>}
                    </Table.Td>
                    <Table.Td ta="right" className="kz-num" fw={600}>{format.money(s.mrr, s.currency)}</Table.Td>
                    <Table.Td className="kz-num">
                      {format.date(s.startedOn)} – {s.endsOn ? format.date(s.endsOn) : t('subscriptions.openEnded')}
                      {s.cancelledOn && <Text size="xs" c="red.7">{t('subscriptions.cancelledOn', { date: format.date(s.cancelledOn) })}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('subscriptions.history')} withinPortal>
                          <ActionIcon variant="subtle" color="gray" onClick={() => setHistory(s)} aria-label={t('subscriptions.history')}><IconHistory size={16} /></ActionIcon>
                        </Tooltip>
                        {canWrite && (
                          <Tooltip label={t('common.edit')} withinPortal>
                            <ActionIcon variant="subtle" color="gray" onClick={() => setForm({ subscription: s })} aria-label={t('common.edit')}><IconPencil size={16} /></ActionIcon>
                          </Tooltip>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Paper>
      <SubscriptionFormModal account={account} opened={form !== null} subscription={form?.subscription ?? null} onClose={() => setForm(null)} />
      <SubscriptionHistoryDrawer subscription={history} onClose={() => setHistory(null)} />
    </Stack>
  );
}
