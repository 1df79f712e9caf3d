/**
 * Settings → Billing: connect Stripe by pasting the webhook endpoint's signing secret, see the
 * URL to give Stripe, and the events that wait for an account with their customer id.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Code, CopyButton, Group, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlugConnected, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { billingApi, billingKeys } from '../../api/billing';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { errorText } from '../../lib/errors';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';

export function StripeSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const connection = useQuery({ queryKey: billingKeys.stripe, queryFn: billingApi.stripe });
  const unmatched = useQuery({ queryKey: billingKeys.unmatched, queryFn: billingApi.unmatched });
  const [secret, setSecret] = useState('');
  const [confirming, setConfirming] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: billingKeys.all });

  const save = useMutation({
    mutationFn: () => billingApi.setStripeSecret(secret.trim()),
    onSuccess: () => {
      setSecret('');
      refresh();
      notifySaved(t('billing.saved'));
    },
  });
  const disconnect = useMutation({
    mutationFn: billingApi.disconnectStripe,
    onSuccess: () => {
      setConfirming(false);
      refresh();
    },
    onError: (e) => notifyError(t, e),
  });
  const retry = useMutation({
    mutationFn: billingApi.retryUnmatched,
    onSuccess: (result) => {
      refresh();
      notifySaved(t('billing.retried', { count: result.applied }));
    },
    onError: (e) => notifyError(t, e),
  });

  if (connection.isPending) return <TableSkeleton rows={3} />;
  if (connection.isError) return <QueryError error={connection.error} onRetry={() => void connection.refetch()} />;
  const c = connection.data;
  const url = `${window.location.origin}${c.webhookPath}`;

  return (
    <Stack gap="lg" maw={880}>
      <ConfirmDialog opened={confirming} title={t('billing.disconnect')} message={t('billing.disconnectWarning')}
        confirmLabel={t('billing.disconnect')} loading={disconnect.isPending} onConfirm={() => disconnect.mutate()} onClose={() => setConfirming(false)} />
      <Paper p="lg" data-testid="stripe-connection">
        <Group justify="space-between" mb="xs">
          <Title order={4} fz={16}>Stripe</Title>
          {!c.configured
            ? <Badge color="gray" variant="light">{t('billing.notConnected')}</Badge>
            : c.secretUnreadable
              ? <Badge color="red" variant="light" data-testid="stripe-secret-unreadable">{t('billing.secretUnreadableBadge')}</Badge>
              : <Badge color="teal" variant="light">{t('billing.connected', { end: c.secretEnd ?? '' })}</Badge>}
        </Group>
        {c.secretUnreadable && <Alert color="red" variant="light" mb="sm">{t('billing.secretUnreadable')}</Alert>}
        <Text size="sm" c="dimmed" mb="md">{t('billing.hint')}</Text>
        <Text size="sm" fw={600}>{t('billing.endpoint')}</Text>
        <Group gap="xs" mb="md" wrap="nowrap">
          <Code block style={{ flex: 1 }} data-testid="stripe-webhook-url">{url}</Code>
          <CopyButton value={url}>{({ copied, copy }) => <Button variant="default" size="xs" onClick={copy}>{copied ? t('common.copied') : t('common.copy')}</Button>}</CopyButton>
        </Group>
        {save.isError && <Alert color="red" variant="light" mb="sm">{errorText(t, save.error)}</Alert>}
        <Group align="flex-end" gap="xs">
          <PasswordInput style={{ flex: 1 }} label={t('billing.secret')} placeholder="whsec_…" value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)} autoComplete="off" />
          <Button leftSection={<IconPlugConnected size={14} />} disabled={!secret.trim()} loading={save.isPending} onClick={() => save.mutate()}>
            {c.configured ? t('billing.replace') : t('billing.connect')}
          </Button>
          {c.configured && <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>{t('billing.disconnect')}</Button>}
        </Group>
        {c.updatedAt && <Text size="xs" c="dimmed" mt="xs">{t('billing.updatedAt', { when: format.dateTime(c.updatedAt) })}</Text>}
      </Paper>

      <Paper p="lg">
        <Group justify="space-between" mb="xs">
          <Title order={4} fz={16}>{t('billing.unmatched')}</Title>
          <Button variant="default" size="xs" leftSection={<IconRefresh size={14} />} loading={retry.isPending} onClick={() => retry.mutate()}>{t('billing.retry')}</Button>
        </Group>
        <Text size="sm" c="dimmed" mb="md">{t('billing.unmatchedHint')}</Text>
        {unmatched.isPending ? <TableSkeleton rows={2} /> : unmatched.isError ? <QueryError error={unmatched.error} onRetry={() => void unmatched.refetch()} /> : (
          unmatched.data.items.length === 0 ? <Text size="sm" c="dimmed">{t('billing.noUnmatched')}</Text> : (
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{t('billing.customer')}</Table.Th><Table.Th>{t('billing.type')}</Table.Th><Table.Th>{t('billing.occurredAt')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {unmatched.data.items.map((e) => (
                  <Table.Tr key={e.eventId}><Table.Td><Code>{e.customerId}</Code></Table.Td><Table.Td>{e.type}</Table.Td><Table.Td>{format.dateTime(e.occurredAt)}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        )}
      </Paper>
    </Stack>
  );
}
