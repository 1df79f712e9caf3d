/** Delete a VOC item and its mentions (triagers only), after asking. */
import { useState } from 'react';
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocItemDetail } from '../../api/voc';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError, notifySaved } from '../../lib/notify';

export function DeleteItemButton({ item, onDeleted }: { item: VocItemDetail; onDeleted: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => vocApi.remove(item.id),
    onSuccess: async () => {
      setAsking(false);
      onDeleted();
      await queryClient.invalidateQueries({ queryKey: vocKeys.all });
      notifySaved(t('voc.delete.done'));
    },
    onError: (e) => notifyError(t, e),
  });
  return (
    <>
      <Tooltip label={t('common.delete')}>
        <ActionIcon variant="subtle" color="red" onClick={() => setAsking(true)} aria-label={t('common.delete')} data-testid="voc-delete"><IconTrash size={16} /></ActionIcon>
      </Tooltip>
      <ConfirmDialog opened={asking} title={t('voc.delete.title')} message={t('voc.delete.message', { title: item.title, count: item.mentions })}
        confirmLabel={t('common.delete')} loading={remove.isPending} onConfirm={() => remove.mutate()} onClose={() => setAsking(false)} />
    </>
  );
}
