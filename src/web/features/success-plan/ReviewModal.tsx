/**
 * Review a goal with the customer: change what was re-agreed (target, due date, status, owner
 * on their side, wording), say why, and set the next review. Leaving everything as it is
 * records that the goal was confirmed.
 */
import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type GoalStatus } from '../../../domain/outcomes/goal-fields';
import { addDays } from '../../../domain/outcomes/goal-progress';
import { successPlanApi, successPlanKeys, type Goal, type ReviewInput } from '../../api/success-plans';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { errorText, fieldErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { fieldMessage } from './field-message';

interface Props {
  goal: Goal | null;
  onClose: () => void;
}

export function ReviewModal({ goal, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} size="lg" title={<Text fw={700}>{t('successPlan.review.title')}</Text>}>
      {goal && <ReviewBody goal={goal} onClose={onClose} />}
    </Modal>
  );
}

function ReviewBody({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const today = todayIso();
  const [title, setTitle] = useState(goal.title);
  const [target, setTarget] = useState<number | ''>(goal.target);
  const [dueOn, setDueOn] = useState<string | null>(goal.dueOn);
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const [reason, setReason] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState<string | null>(addDays(today, 90));
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const input: ReviewInput = {
        reason: reason.trim(), nextReviewOn,
        changes: { title: title.trim(), ...(target === '' ? {} : { target }), dueOn, status },
      };
      return successPlanApi.review(goal.id, input);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successPlanKeys.all });
      notifySaved(t('successPlan.review.saved'));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  const dateFormat = format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY';
  const submit = () => {
    setTried(true);
    if (reason.trim() !== '' && title.trim() !== '') save.mutate();
  };
  return (
    <ImeSafeForm onSubmit={submit} aria-label={t('successPlan.review.title')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t('successPlan.review.hint')}</Text>
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <TextInput label={t('successPlan.fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)}
          error={tried && title.trim() === '' ? t('validation.required') : fieldMessage(t, server['changes.title'])} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput label={t('successPlan.fields.target')} value={target} onChange={(v) => setTarget(typeof v === 'number' ? v : '')}
            decimalScale={4} thousandSeparator="," error={fieldMessage(t, server['changes.target'])} />
          <DateInput label={t('successPlan.fields.dueOn')} clearable valueFormat={dateFormat} value={dueOn} onChange={setDueOn}
            error={fieldMessage(t, server['changes.dueOn'])} />
          <Select label={t('successPlan.fields.status')} allowDeselect={false} value={status}
            onChange={(v) => setStatus((v ?? goal.status) as GoalStatus)}
            data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`successPlan.status.${s}`) }))} />
        </SimpleGrid>
        <ImeTextarea onSubmit={submit} label={t('successPlan.review.reason')} description={t('successPlan.review.reasonHint')} required autosize minRows={3}
          value={reason} onChange={(e) => setReason(e.currentTarget.value)}
          error={tried && reason.trim() === '' ? t('validation.required') : fieldMessage(t, server.reason)} />
        <DateInput label={t('successPlan.fields.nextReviewOn')} clearable valueFormat={dateFormat} minDate={addDays(today, 1)}
          value={nextReviewOn} onChange={setNextReviewOn} error={fieldMessage(t, server.nextReviewOn)} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('successPlan.review.save')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
