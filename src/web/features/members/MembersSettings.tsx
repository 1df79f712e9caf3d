/** Members: who is in the workspace with which role; admins add, change roles and remove. */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Select, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../domain/people/roles';
import { api, keys } from '../../api/client';
import type { Member } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useCan, useSession } from '../../session/use-session';
import { AddMemberModal } from './AddMemberModal';
import { useMembers } from './use-members';

export function MembersSettings() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const isAdmin = useCan('workspace.admin');
  const queryClient = useQueryClient();
  const members = useMembers();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => api.changeMemberRole(userId, role),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: keys.members }); notifySaved(t('members.roleChanged')); },
    onError: (error) => notifyError(t, error),
  });
  const remove = useMutation({
    mutationFn: (m: Member) => api.removeMember(m.userId),
    onSuccess: () => { setRemoving(null); void queryClient.invalidateQueries({ queryKey: keys.members }); notifySaved(t('members.removed')); },
    onError: (error) => notifyError(t, error),
  });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">{t('members.description')}</Text>
        {isAdmin && <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('members.add')}</Button>}
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {members.isPending ? <TableSkeleton rows={4} /> : members.isError ? <QueryError error={members.error} onRetry={() => void members.refetch()} /> : (
          <div className="kz-table-wrap">
            <Table fz="sm" miw={640} data-testid="members-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('members.name')}</Table.Th>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th w={200}>{t('members.role')}</Table.Th>
                  <Table.Th w={140}>{t('members.since')}</Table.Th>
                  <Table.Th w={50} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.data.items.map((m) => {
                  const self = m.userId === me.user.id;
                  return (
                    <Table.Tr key={m.userId}>
                      <Table.Td>
                        <Group gap={6}><Text size="sm" fw={500}>{m.name}</Text>{self && <Badge size="xs" color="gray">{t('members.you')}</Badge>}</Group>
                      </Table.Td>
                      <Table.Td>{m.email}</Table.Td>
                      <Table.Td>
                        {isAdmin ? (
                          <Select size="xs" allowDeselect={false} aria-label={t('members.roleOf', { name: m.name })}
                            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} value={m.role}
                            onChange={(v) => v && v !== m.role && changeRole.mutate({ userId: m.userId, role: v as Role })} />
                        ) : <Badge variant="light">{t(`roles.${m.role}`)}</Badge>}
                      </Table.Td>
                      <Table.Td className="kz-num">{format.dayOf(m.createdAt)}</Table.Td>
                      <Table.Td>
                        {isAdmin && !self && (
                          <Tooltip label={t('members.remove')} withinPortal>
                            <ActionIcon variant="subtle" color="red" onClick={() => setRemoving(m)} aria-label={t('members.remove')}><IconTrash size={16} /></ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Paper>
      <AddMemberModal opened={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog opened={removing !== null} onClose={() => setRemoving(null)} loading={remove.isPending}
        title={t('members.removeTitle')} message={t('members.removeMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('members.remove')} onConfirm={() => removing && remove.mutate(removing)} />
    </>
  );
}
