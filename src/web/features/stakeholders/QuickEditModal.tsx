/**
 * Quick edit of a stakeholder's place on the map — level, role, agreed frequency and channel —
 * through the contacts API, which records the change on the timeline and in the audit log.
 */
import { useState } from 'react';
import { Button, Chip, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CHANNELS, CONTACT_LEVELS, CONTACT_ROLES, type ContactChannel, type ContactLevel, type ContactRole,
} from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import { isApiError } from '../../api/http';
import { stakeholderKeys, type Stakeholder } from '../../api/stakeholders';
import { notifyError, notifySaved } from '../../lib/notify';

/** Frequencies people usually agree: every two weeks, monthly, every two months, quarterly, half-yearly. */
const PRESETS = [14, 30, 60, 90, 180] as const;

interface Values {
  level: ContactLevel | null;
  role: ContactRole | null;
  cadenceDays: number | null;
  channel: ContactChannel | null;
}

interface Props {
  accountId: string;
  person: Stakeholder | null;
  onClose: () => void;
}

export function QuickEditModal({ accountId, person, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={person !== null} onClose={onClose} title={t('stakeholders.edit.title', { name: person?.name ?? '' })} size="md">
      {person && <QuickEditForm key={person.id} accountId={accountId} person={person} onClose={onClose} />}
    </Modal>
  );
}

/** The form, mounted afresh for each person so it starts from their current values. */
function QuickEditForm({ accountId, person, onClose }: Props & { person: Stakeholder }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({ level: person.level, role: person.role, cadenceDays: person.cadenceDays, channel: person.channel });
  const save = useMutation({
    mutationFn: (v: Values) => api.updateContact(person.id, v),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: stakeholderKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.contacts(accountId) });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
      notifySaved(t('stakeholders.edit.saved', { name: person.name }));
      onClose();
    },
    onError: (error) => { if (!isApiError(error, 'request.invalid')) notifyError(t, error); },
  });
  const fieldError = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate(values); }} data-testid="stakeholder-edit-form">
      <Stack gap="sm">
        <Select label={t('stakeholders.edit.level')} clearable
          data={CONTACT_LEVELS.map((l) => ({ value: l, label: t(`contactLevel.${l}`) }))}
          value={values.level} onChange={(v) => set('level', v as ContactLevel | null)} error={fieldError('level')} />
        <Select label={t('stakeholders.edit.role')} clearable
          data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`contactRole.${r}`) }))}
          value={values.role} onChange={(v) => set('role', v as ContactRole | null)} error={fieldError('role')} />
        <Stack gap={6}>
          <NumberInput label={t('stakeholders.edit.cadence')} description={t('stakeholders.edit.cadenceHint')} min={1} max={3660}
            allowDecimal={false} value={values.cadenceDays ?? ''} suffix={t('stakeholders.edit.daysSuffix')}
            onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)} error={fieldError('cadenceDays')} />
          <Group gap={6}>
            {PRESETS.map((days) => (
              <Chip key={days} size="xs" checked={values.cadenceDays === days} onChange={() => set('cadenceDays', days)}>
                {t(`stakeholders.edit.presets.d${days}`)}
              </Chip>
            ))}
          </Group>
        </Stack>
        <Select label={t('stakeholders.edit.channel')} clearable
          data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contactChannel.${c}`) }))}
          value={values.channel} onChange={(v) => set('channel', v as ContactChannel | null)} error={fieldError('channel')} />
        <Text size="xs" c="dimmed">{t('stakeholders.edit.recorded')}</Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
