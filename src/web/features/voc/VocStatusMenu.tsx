/** Triage of one item: send to product (posts the webhook when one is set) and the other status moves. */
import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconSend } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VocStatus } from '../../../domain/voc/status';
import { vocApi, vocKeys, type VocItemDetail } from '../../api/voc';
import { notifyError, notifySaved } from '../../lib/notify';

export function VocStatusMenu({ item }: { item: VocItemDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: vocKeys.all });
  const send = useMutation({
    mutationFn: () => vocApi.send(item.id),
    onSuccess: async (r) => { await done(); notifySaved(r.webhookQueued ? t('voc.sent.withWebhook') : t('voc.sent.withoutWebhook')); },
    onError: (e) => notifyError(t, e),
  });
  const move = useMutation({
    mutationFn: (to: Exclude<VocStatus, 'sent'>) => vocApi.move(item.id, to),
    onSuccess: async (r) => { await done(); notifySaved(t('voc.moved', { status: t(`voc.status.${r.status}`) })); },
    onError: (e) => notifyError(t, e),
  });
  const moves = item.moves.filter((s): s is Exclude<VocStatus, 'sent'> => s !== 'sent');
  return (
    <Group gap="xs">
      {item.canSend && (
        <Button size="xs" leftSection={<IconSend size={14} />} loading={send.isPending} onClick={() => send.mutate()} data-testid="voc-send">
          {item.status === 'sent' ? t('voc.actions.resend') : t('voc.actions.send')}
        </Button>
      )}
      {moves.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />} loading={move.isPending} data-testid="voc-move">
              {t('voc.actions.move')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {moves.map((s) => (
              <Menu.Item key={s} onClick={() => move.mutate(s)} data-testid={`voc-move-${s}`}>{t(`voc.moveTo.${s}`)}</Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
