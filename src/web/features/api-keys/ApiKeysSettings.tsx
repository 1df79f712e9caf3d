/** API keys: list with prefix and last use, create (secret shown once), revoke. */
import { useState } from 'react';
import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { ApiKey } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { NewKeyModal } from './NewKeyModal';

export function ApiKeysSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: keys.apiKeys, queryFn: api.apiKeys });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: (k: ApiKey) => api.revokeApiKey(k.id),
    onSuccess: () => { setRevoking(null); void queryClient.invalidateQueries({ queryKey: keys.apiKeys }); notifySaved(t('apiKeys.revoked')); },
    onError: (error) => notifyError(t, error),
  });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed" maw={640}>{t('apiKeys.description')}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('apiKeys.create')}</Button>
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {list.isPending ? <TableSkeleton rows={3} /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> :
          list.data.items.length === 0 ? (
            <Group justify="center" gap="xs" p="xl"><IconKey size={18} color="gray" /><Text size="sm" c="dimmed">{t('apiKeys.empty')}</Text></Group>
          ) : (
            <div className="kz-table-wrap">
              <Table fz="sm" miw={720} data-testid="api-keys-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('apiKeys.name')}</Table.Th>
                    <Table.Th>{t('apiKeys.scope')}</Table.Th>
                    <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                    <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                    <Table.Th>{t('apiKeys.lastUsed')}</Table.Th>
                    <Table.Th w={110} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((k) => (
                    <Table.Tr key={k.id} style={k.revokedAt ? { opacity: 0.55 } : undefined}>
                      <Table.Td fw={500}>{k.name}</Table.Td>
                      <Table.Td><Badge color={k.scope === 'full' ? 'grape' : 'ai'}>{t(`apiKeys.scopes.${k.scope}`)}</Badge></Table.Td>
                      <Table.Td><Text ff="monospace" size="xs">{k.prefix}</Text></Table.Td>
                      <Table.Td className="kz-num">{format.dayOf(k.createdAt)}</Table.Td>
                      <Table.Td className="kz-num">{k.lastUsedAt ? format.relative(k.lastUsedAt) : t('apiKeys.neverUsed')}</Table.Td>
                      <Table.Td ta="right">
                        {k.revokedAt ? <Badge color="gray">{t('apiKeys.revokedBadge')}</Badge> : (
                          <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(k)}>{t('apiKeys.revoke')}</Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
      </Paper>
      <NewKeyModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog opened={revoking !== null} onClose={() => setRevoking(null)} loading={revoke.isPending}
        title={t('apiKeys.revokeTitle')} message={t('apiKeys.revokeMessage', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')} onConfirm={() => revoking && revoke.mutate(revoking)} />
    </>
  );
}
