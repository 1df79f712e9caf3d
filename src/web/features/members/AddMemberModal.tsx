/** Add a person with a role; someone new to Kizuna also gets an initial password. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../domain/people/roles';
import { api, keys } from '../../api/client';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';

const EMPTY = { email: '', name: '', role: 'csm' as Role, password: '' };

export function AddMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const add = useMutation({
    mutationFn: () => api.addMember({ email: form.email.trim(), name: form.name.trim(), role: form.role, ...(form.password ? { password: form.password } : {}) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.members });
      notifySaved(t('members.added', { name: form.name.trim() }));
      close();
    },
  });
  const server = fieldErrors(add.error, t);
  // Cleared on the way out, so the next opening starts empty.
  function close() {
    setForm(EMPTY);
    add.reset();
    onClose();
  }
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>{t('members.addTitle')}</Text>}>
      <ImeSafeForm onSubmit={() => add.mutate()} aria-label={t('members.addTitle')}>
        <Stack gap="sm">
          {add.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, add.error)}</Alert>}
          <TextInput label={t('members.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={server.name} />
          <TextInput label={t('auth.email')} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.currentTarget.value })} error={server.email} />
          <Select label={t('members.role')} allowDeselect={false} data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={form.role} onChange={(v) => setForm({ ...form, role: (v ?? 'csm') as Role })} description={t(`roleDescriptions.${form.role}`)} />
          <PasswordInput label={t('members.initialPassword')} description={t('members.initialPasswordHint')} autoComplete="new-password"
            value={form.password} onChange={(e) => setForm({ ...form, password: e.currentTarget.value })} error={server.password} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={add.isPending} disabled={!form.name.trim() || !form.email.trim()}>{t('members.add')}</Button>
          </Group>
        </Stack>
      </ImeSafeForm>
    </Modal>
  );
}
