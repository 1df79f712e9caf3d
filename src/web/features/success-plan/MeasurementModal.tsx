/** Enter the value measured on a day (today by default) for a goal whose progress is entered by hand. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { successPlanApi, successPlanKeys, type Goal } from '../../api/success-plans';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { todayIso } from '../../lib/format';
import { notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { fieldMessage } from './field-message';
import { formatGoalValue } from './goal-text';

interface Props {
  goal: Goal | null;
  onClose: () => void;
}

export function MeasurementModal({ goal, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={goal !== null} onClose={onClose} title={<Text fw={700}>{t('successPlan.measure.title')}</Text>}>
      {goal && <MeasurementBody goal={goal} onClose={onClose} />}
    </Modal>
  );
}

function MeasurementBody({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [day, setDay] = useState<string | null>(todayIso());
  const [value, setValue] = useState<number | ''>(goal.current ?? '');
  const save = useMutation({
    mutationFn: () => successPlanApi.addMeasurement(goal.id, { day: day ?? undefined, value: Number(value) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successPlanKeys.all });
      notifySaved(t('successPlan.measure.saved'));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  return (
    <ImeSafeForm onSubmit={() => { if (value !== '') save.mutate(); }} aria-label={t('successPlan.measure.title')}>
      <Stack gap="md">
        <Text size="sm">{goal.title} — {goal.metric}</Text>
        <Text size="xs" c="dimmed">
          {t('successPlan.baseline')} {formatGoalValue(goal.baseline, goal.unit, format.locale)} / {t('successPlan.target')} {formatGoalValue(goal.target, goal.unit, format.locale)}
        </Text>
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <DateInput label={t('successPlan.measure.day')} maxDate={todayIso()} value={day} onChange={setDay}
          valueFormat={format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY'} error={fieldMessage(t, server.day)} />
        <NumberInput label={t('successPlan.measure.value')} value={value} onChange={(v) => setValue(typeof v === 'number' ? v : '')}
          decimalScale={4} thousandSeparator="," rightSection={goal.unit ? <Text size="xs" c="dimmed">{goal.unit}</Text> : undefined}
          rightSectionWidth={goal.unit ? 48 : undefined} error={fieldMessage(t, server.value)} data-autofocus />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} disabled={value === ''}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
