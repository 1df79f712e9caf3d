/** Define a custom field: which records, a key, labels in both languages, a type (and options for a select). */
import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { CustomFieldDef } from '../../api/types';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';

const EMPTY: CustomFieldDef = { entity: 'account', key: '', labelJa: '', labelEn: '', type: 'text', options: null };
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export function NewCustomFieldModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [def, setDef] = useState<CustomFieldDef>(EMPTY);
  const create = useMutation({
    mutationFn: () => api.createCustomField({ ...def, options: def.type === 'select' ? def.options ?? [] : null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.customFields });
      notifySaved(t('customFields.created'));
      close();
    },
  });
  // Cleared on the way out, so the next opening starts empty.
  function close() {
    setDef(EMPTY);
    create.reset();
    onClose();
  }
  const server = fieldErrors(create.error, t);
  const keyError = def.key !== '' && !KEY_PATTERN.test(def.key) ? t('customFields.keyRule') : server.key;
  const ready = KEY_PATTERN.test(def.key) && def.labelJa.trim() && def.labelEn.trim() && (def.type !== 'select' || (def.options?.length ?? 0) > 0);

  return (
    <Modal opened={opened} onClose={close} size="lg" title={<Text fw={700}>{t('customFields.addTitle')}</Text>}>
      <ImeSafeForm onSubmit={() => ready && create.mutate()} aria-label={t('customFields.addTitle')}>
        <Stack gap="sm">
          {create.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, create.error)}</Alert>}
          <SegmentedControl value={def.entity} onChange={(v) => setDef({ ...def, entity: v as CustomFieldDef['entity'] })}
            data={[{ value: 'account', label: t('customFields.entities.account') }, { value: 'contact', label: t('customFields.entities.contact') }]} />
          <TextInput label={t('customFields.key')} description={t('customFields.keyRule')} required value={def.key}
            onChange={(e) => setDef({ ...def, key: e.currentTarget.value.trim() })} error={keyError} ff="monospace" />
          <SimpleGrid cols={2}>
            <TextInput label={t('customFields.labelJa')} required value={def.labelJa} onChange={(e) => setDef({ ...def, labelJa: e.currentTarget.value })} error={server.labelJa} />
            <TextInput label={t('customFields.labelEn')} required value={def.labelEn} onChange={(e) => setDef({ ...def, labelEn: e.currentTarget.value })} error={server.labelEn} />
          </SimpleGrid>
          <Select label={t('customFields.type')} allowDeselect={false} value={def.type}
            data={CUSTOM_FIELD_TYPES.map((x) => ({ value: x, label: t(`customFields.types.${x}`) }))}
            onChange={(v) => setDef({ ...def, type: (v ?? 'text') as CustomFieldType })} />
          {def.type === 'select' && (
            <TagsInput label={t('customFields.options')} description={t('customFields.optionsHint')} value={def.options ?? []}
              onChange={(options) => setDef({ ...def, options })} error={server.options} />
          )}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} disabled={!ready}>{t('customFields.add')}</Button>
          </Group>
        </Stack>
      </ImeSafeForm>
    </Modal>
  );
}
