/** Add or edit a contact: who they are, their level and role, and the agreed cadence and channel. */
import { useState } from 'react';
import { Alert, Button, Divider, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONTACT_CHANNELS, CONTACT_LEVELS, CONTACT_ROLES, type ContactLevel } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { Contact } from '../../api/types';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { CustomFieldInput } from '../custom-fields/CustomFieldInput';
import { useCustomFields } from '../custom-fields/use-custom-fields';
import { contactFormValues, toContactInput, type ContactFormValues } from './contact-form';

interface Props {
  accountId: string;
  opened: boolean;
  contact: Contact | null;
  defaultLevel?: ContactLevel | null;
  onClose: () => void;
}

export function ContactFormModal({ accountId, opened, contact, defaultLevel, onClose }: Props) {
  const { t } = useTranslation();
  // The body mounts each time the dialog opens, so the form starts from the contact as it is now.
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{contact ? t('contacts.editTitle') : t('contacts.addTitle')}</Text>}>
      <ContactFormBody accountId={accountId} contact={contact} defaultLevel={defaultLevel ?? null} onClose={onClose} />
    </Modal>
  );
}

function ContactFormBody({ accountId, contact, defaultLevel, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const customFields = useCustomFields('contact');
  const [values, setValues] = useState<ContactFormValues>(() => contactFormValues(contact, defaultLevel));
  const [tried, setTried] = useState(false);

  const save = useMutation({
    mutationFn: () => (contact ? api.updateContact(contact.id, toContactInput(values)) : api.createContact({ ...toContactInput(values), accountId })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.contacts(accountId) });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
      notifySaved(contact ? t('contacts.saved') : t('contacts.created'));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'name' | 'nameReading' | 'email' | 'phone' | 'title' | 'externalId', extra: { required?: boolean; type?: string } = {}) => (
    <TextInput label={t(`contacts.fields.${key}`)} value={values[key]} onChange={(e) => set(key, e.currentTarget.value)}
      error={key === 'name' && tried && values.name.trim() === '' ? t('validation.required') : server[key]} {...extra} />
  );
  const submit = () => {
    setTried(true);
    if (values.name.trim() !== '') save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={contact ? t('contacts.editTitle') : t('contacts.addTitle')}>
      <Stack gap="md">
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {text('name', { required: true })}
          {text('nameReading')}
          {text('title')}
          {text('email', { type: 'email' })}
          {text('phone', { type: 'tel' })}
          {text('externalId')}
        </SimpleGrid>
        <Divider label={t('contacts.relationship')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Select label={t('contacts.fields.level')} clearable data={CONTACT_LEVELS.map((l) => ({ value: l, label: t(`contactLevel.${l}`) }))}
            value={values.level} onChange={(v) => set('level', v as ContactFormValues['level'])} error={server.level} />
          <Select label={t('contacts.fields.role')} clearable data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`contactRole.${r}`) }))}
            value={values.role} onChange={(v) => set('role', v as ContactFormValues['role'])} error={server.role} />
          <NumberInput label={t('contacts.fields.cadenceDays')} description={t('contacts.cadenceHint')} min={1} max={365} allowDecimal={false}
            value={values.cadenceDays ?? ''} onChange={(v) => set('cadenceDays', typeof v === 'number' ? v : null)} error={server.cadenceDays} />
          <Select label={t('contacts.fields.channel')} clearable data={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contactChannel.${c}`) }))}
            value={values.channel} onChange={(v) => set('channel', v as ContactFormValues['channel'])} error={server.channel} />
        </SimpleGrid>
        <Textarea label={t('contacts.fields.notes')} description={t('contacts.notesHint')} autosize minRows={2} maxRows={8}
          value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={server.notes} />
        {customFields.items.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            {customFields.items.map((def) => (
              <CustomFieldInput key={def.key} def={def} value={values.customFields[def.key]} error={server[`customFields.${def.key}`]}
                onChange={(v) => set('customFields', { ...values.customFields, [def.key]: v })} />
            ))}
          </SimpleGrid>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{contact ? t('common.save') : t('contacts.add')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
