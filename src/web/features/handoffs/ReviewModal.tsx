/** CS decides on a submitted handoff: accept it (a note is optional) or return it with questions (required). */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { keys } from '../../api/client';
import { handoffApi, handoffKeys, type Handoff } from '../../api/handoffs';
import { ImeTextarea } from '../../components/ImeTextarea';
import { notifySaved } from '../../lib/notify';
import { handoffErrorText } from './handoff-errors';

interface Props {
  handoff: Handoff;
  decision: 'accept' | 'return' | null;
  onClose: () => void;
}

export function ReviewModal({ handoff, decision, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useMutation({
    mutationFn: () => (decision === 'return' ? handoffApi.returnWithQuestions(handoff.id, text) : handoffApi.accept(handoff.id, text || undefined)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: handoffKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(handoff.accountId) });
      notifySaved(decision === 'return' ? t('handoffs.review.returnedToast') : t('handoffs.review.acceptedToast'));
      setText('');
      setTried(false);
      onClose();
    },
  });
  const needsText = decision === 'return' && text.trim() === '';
  const submit = () => {
    setTried(true);
    if (!needsText) mutation.mutate();
  };
  return (
    <Modal opened={decision !== null} onClose={onClose} size="lg"
      title={<Text fw={700}>{decision === 'return' ? t('handoffs.review.returnTitle') : t('handoffs.review.acceptTitle')}</Text>}>
      <Stack gap="sm">
        {mutation.isError && <Alert color="red" variant="light">{handoffErrorText(t, mutation.error)}</Alert>}
        <ImeTextarea label={decision === 'return' ? t('handoffs.review.questions') : t('handoffs.review.note')}
          description={decision === 'return' ? t('handoffs.review.questionsHint') : t('handoffs.review.noteHint')}
          required={decision === 'return'} autosize minRows={4} value={text} onChange={(e) => setText(e.currentTarget.value)}
          onSubmit={submit} error={tried && needsText ? t('handoffs.review.questionsRequired') : undefined} data-autofocus />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color={decision === 'return' ? 'orange' : 'teal'} loading={mutation.isPending} onClick={submit}>
            {decision === 'return' ? t('handoffs.review.returnAction') : t('handoffs.review.acceptAction')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
