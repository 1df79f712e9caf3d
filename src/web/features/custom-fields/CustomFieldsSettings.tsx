/** Custom fields on accounts and contacts: list, define (admins), remove with confirmation. */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { CustomFieldDef } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { NewCustomFieldModal } from './NewCustomFieldModal';
import { useCustomFields } from './use-custom-fields';

export function CustomFieldsSettings() {
  const { t } = useTranslation();
  const isAdmin = useCan('workspace.admin');
  const queryClient = useQueryClient();
  const defs = useCustomFields();
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<CustomFieldDef | null>(null);
  const remove = useMutation({
    mutationFn: (d: CustomFieldDef) => api.deleteCustomField(d.entity, d.key),
    onSuccess: () => { setRemoving(null); void queryClient.invalidateQueries({ queryKey: keys.customFields }); notifySaved(t('customFields.removed')); },
    onError: (error) => notifyError(t, error),
  });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed" maw={640}>{t('customFields.description')}</Text>
        {isAdmin && <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('customFields.add')}</Button>}
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {defs.isPending ? <TableSkeleton rows={3} /> : defs.isError ? <QueryError error={defs.error} onRetry={() => void defs.refetch()} /> :
          defs.items.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" p="xl">{t('customFields.empty')}</Text>
          ) : (
            <div className="kz-table-wrap">
              <Table fz="sm" miw={720} data-testid="custom-fields-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('customFields.entity')}</Table.Th>
                    <Table.Th>{t('customFields.key')}</Table.Th>
                    <Table.Th>{t('customFields.labelJa')}</Table.Th>
                    <Table.Th>{t('customFields.labelEn')}</Table.Th>
                    <Table.Th>{t('customFields.type')}</Table.Th>
                    <Table.Th>{t('customFields.options')}</Table.Th>
                    <Table.Th w={50} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {defs.items.map((d) => (
                    <Table.Tr key={`${d.entity}.${d.key}`}>
                      <Table.Td><Badge color="gray">{t(`customFields.entities.${d.entity}`)}</Badge></Table.Td>
                      <Table.Td><Text ff="monospace" size="xs">{d.key}</Text></Table.Td>
                      <Table.Td>{d.labelJa}</Table.Td>
                      <Table.Td>{d.labelEn}</Table.Td>
                      <Table.Td>{t(`customFields.types.${d.type}`)}</Table.Td>
                      <Table.Td><Text size="xs" c="dimmed">{d.options?.join(t('common.listSeparator')) ?? '—'}</Text></Table.Td>
                      <Table.Td>
                        {isAdmin && (
                          <Tooltip label={t('common.delete')} withinPortal>
                            <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(d)} aria-label={t('common.delete')}><IconTrash size={16} /></ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
      </Paper>
      <NewCustomFieldModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog opened={removing !== null} onClose={() => setRemoving(null)} loading={remove.isPending}
        title={t('customFields.removeTitle')} message={t('customFields.removeMessage', { name: removing?.labelJa ?? '' })}
        confirmLabel={t('common.delete')} onConfirm={() => removing && remove.mutate(removing)} />
    </>
  );
}
