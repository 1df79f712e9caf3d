/** Edit the subject and body of a timeline entry (IME-safe, Ctrl/⌘+Enter saves). */
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { Activity } from '../../api/types';
import { ImeTextarea } from '../../components/ImeTextarea';
import { notifyError, notifySaved } from '../../lib/notify';

export function ActivityEditModal({ activity, onClose }: { activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  // The body mounts per opening, so it starts from the entry being edited.
  return (
    <Modal opened={activity !== null} onClose={onClose} title={<Text fw={700}>{t('timeline.editTitle')}</Text>} size="lg">
      {activity && <ActivityEditBody activity={activity} onClose={onClose} />}
    </Modal>
  );
}

function ActivityEditBody({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [subject, setSubject] = useState(activity.subject ?? '');
  const [body, setBody] = useState(activity.body ?? '');

  const save = useMutation({
    mutationFn: () => api.updateActivity(activity.id, { subject: subject.trim() || null, body: body.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.timeline(activity.accountId) });
      notifySaved(t('timeline.saved'));
      onClose();
    },
    onError: (error) => notifyError(t, error),
  });
  const submit = () => { if (body.trim() !== '') save.mutate(); };

  return (
    <Stack gap="sm">
      {activity.kind !== 'note' && (
        <TextInput label={t('timeline.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
      )}
      <ImeTextarea label={t('timeline.body')} autosize minRows={4} value={body} onChange={(e) => setBody(e.currentTarget.value)} onSubmit={submit} />
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
        <Button onClick={submit} loading={save.isPending} disabled={body.trim() === ''}>{t('common.save')}</Button>
      </Group>
    </Stack>
  );
}
