/** Asks before a destructive action; the confirm button shows progress while it runs. */
import type { ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ opened, title, message, confirmLabel, loading, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{title}</Text>} size="sm">
      <Text size="sm" mb="lg">{message}</Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button color="red" loading={loading} onClick={onConfirm}>{confirmLabel}</Button>
      </Group>
    </Modal>
  );
}
