/** The stakeholder map (SPEC §3.9): contacts grouped by level, with add, edit and remove. */
import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_LEVELS, type ContactLevel } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { Contact } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { QueryError } from '../../components/QueryError';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { ContactCard } from './ContactCard';
import { ContactFormModal } from './ContactFormModal';

type Group = ContactLevel | 'unassigned';

export function ContactsPanel({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const queryClient = useQueryClient();
  const contacts = useQuery({ queryKey: keys.contacts(accountId), queryFn: () => api.contacts(accountId) });
  const [form, setForm] = useState<{ contact: Contact | null; level: ContactLevel | null } | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const remove = useMutation({
    mutationFn: (c: Contact) => api.deleteContact(c.id),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: keys.contacts(accountId) });
      notifySaved(t('contacts.deleted'));
    },
    onError: (error) => notifyError(t, error),
  });

  if (contacts.isPending) return <Stack>{[0, 1].map((i) => <Skeleton key={i} h={120} />)}</Stack>;
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  const items = contacts.data.items;
  const groups: Group[] = [...CONTACT_LEVELS, 'unassigned'];
  const byGroup = (g: Group) => items.filter((c) => (c.level ?? 'unassigned') === g);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{t('contacts.summary', { count: items.length })}</Text>
        {canWrite && <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ contact: null, level: null })}>{t('contacts.add')}</Button>}
      </Group>
      {items.length === 0 && (
        <Paper p="xl">
          <Stack align="center" gap="xs">
            <IconUsers size={28} color="var(--mantine-color-gray-5)" />
            <Text fw={600}>{t('contacts.emptyTitle')}</Text>
            <Text size="sm" c="dimmed" ta="center" maw={420}>{t('contacts.emptyDescription')}</Text>
          </Stack>
        </Paper>
      )}
      {items.length > 0 && groups.map((group) => {
        const members = byGroup(group);
        if (group === 'unassigned' && members.length === 0) return null;
        return (
          <Paper key={group} p="md">
            <Group justify="space-between" mb="sm">
              <Group gap={8}>
                <Title order={5}>{t(group === 'unassigned' ? 'contacts.noLevel' : `contactLevel.${group}`)}</Title>
                <Text size="xs" c="dimmed">{members.length}</Text>
              </Group>
              {canWrite && group !== 'unassigned' && (
                <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setForm({ contact: null, level: group })}>
                  {t('common.add')}
                </Button>
              )}
            </Group>
            {members.length === 0 ? (
              <Text size="sm" c="dimmed">{t('contacts.noneAtLevel')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {members.map((c) => (
                  <ContactCard key={c.id} contact={c} canWrite={canWrite} onEdit={() => setForm({ contact: c, level: c.level })} onDelete={() => setDeleting(c)} />
                ))}
              </SimpleGrid>
            )}
          </Paper>
        );
      })}
      <ContactFormModal accountId={accountId} opened={form !== null} contact={form?.contact ?? null} defaultLevel={form?.level ?? null} onClose={() => setForm(null)} />
      <ConfirmDialog opened={deleting !== null} onClose={() => setDeleting(null)} loading={remove.isPending}
        title={t('contacts.deleteTitle')} message={t('contacts.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')} onConfirm={() => deleting && remove.mutate(deleting)} />
    </Stack>
  );
}
