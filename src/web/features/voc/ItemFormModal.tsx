/** Record a new VOC item (without evidence yet) or edit one: title, kind, areas, description. IME-safe. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocItemDetail } from '../../api/voc';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { emptyDraft, ItemFields, type ItemDraft } from './ItemFields';

interface Props {
  opened: boolean;
  onClose: () => void;
  item: VocItemDetail | null;
  onCreated?: (id: string) => void;
}

export function ItemFormModal({ opened, onClose, item, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={<Text fw={700}>{item ? t('voc.form.editTitle') : t('voc.form.newTitle')}</Text>}>
      {opened && <ItemForm item={item} onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ItemForm({ item, onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ItemDraft>(item
    ? { title: item.title, kind: item.kind, areas: item.areas, description: item.description ?? '' } : emptyDraft());
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const body = { title: draft.title.trim(), kind: draft.kind, areas: draft.areas, description: draft.description.trim() };
      return item ? vocApi.update(item.id, body) : vocApi.create(body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: vocKeys.all });
      notifySaved(t('voc.form.saved'));
      if (!item) onCreated?.(saved.id);
      onClose();
    },
  });
  const submit = () => {
    setTried(true);
    if (draft.title.trim()) save.mutate();
  };
  const fields = fieldErrors(save.error, t);
  return (
    <ImeSafeForm onSubmit={submit}>
      <Stack gap="md">
        <ItemFields draft={draft} onChange={setDraft} onSubmit={submit}
          errors={{ ...fields, ...(tried && !draft.title.trim() ? { title: t('voc.add.needTitle') } : {}) }} />
        {!item && <Text size="xs" c="dimmed">{t('voc.form.evidenceHint')}</Text>}
        {save.isError && Object.keys(fields).length === 0 && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="voc-form-submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
