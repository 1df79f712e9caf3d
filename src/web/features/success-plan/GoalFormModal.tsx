/** Add or correct a goal: what the customer wants, the metric that proves it, the owners, and how progress is measured. */
import { useState } from 'react';
import { Alert, Button, Divider, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GOAL_BINDING_TYPES } from '../../../domain/outcomes/goal-binding';
import { GOAL_STATUSES, type GoalStatus } from '../../../domain/outcomes/goal-fields';
import { api, keys } from '../../api/client';
import { successPlanApi, successPlanKeys, type Goal } from '../../api/success-plans';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useSession } from '../../session/use-session';
import { fieldMessage } from './field-message';
import { goalFormValues, missingFields, toGoalInput, type GoalFormValues, type Tracking } from './goal-form';

interface Props {
  accountId: string;
  opened: boolean;
  goal: Goal | null;
  onClose: () => void;
}

export function GoalFormModal({ accountId, opened, goal, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{goal ? t('successPlan.form.editTitle') : t('successPlan.form.addTitle')}</Text>}>
      {opened && <GoalFormBody accountId={accountId} goal={goal} onClose={onClose} />}
    </Modal>
  );
}

function GoalFormBody({ accountId, goal, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<GoalFormValues>(() => goalFormValues(goal, { ownerId: me.user.id }));
  const [tried, setTried] = useState(false);
  const contacts = useQuery({ queryKey: keys.contacts(accountId), queryFn: () => api.contacts(accountId) });
  const members = useQuery({ queryKey: keys.members, queryFn: () => api.members() });
  const save = useMutation({
    mutationFn: () => (goal ? successPlanApi.updateGoal(goal.id, toGoalInput(values, false)) : successPlanApi.createGoal(accountId, toGoalInput(values, true))),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: successPlanKeys.all });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
      notifySaved(goal ? t('successPlan.form.saved') : t('successPlan.form.created'));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  const missing = tried ? missingFields(values) : [];
  const errorOf = (path: string) => (missing.includes(path) ? t('validation.required')
    : fieldMessage(t, server[path]));
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const number = (key: 'baseline' | 'target' | 'current', label: string, extra: object = {}) => (
    <NumberInput label={label} value={values[key]} onChange={(v) => set(key, typeof v === 'number' ? v : '')} decimalScale={4}
      thousandSeparator="," error={errorOf(key)} {...extra} />
  );
  const dateFormat = format.locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY';
  const submit = () => {
    setTried(true);
    if (missingFields(values).length === 0) save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={goal ? t('successPlan.form.editTitle') : t('successPlan.form.addTitle')}>
      <Stack gap="md">
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <TextInput label={t('successPlan.fields.title')} description={t('successPlan.form.titleHint')} required
          value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput label={t('successPlan.fields.metric')} description={t('successPlan.form.metricHint')} required
            value={values.metric} onChange={(e) => set('metric', e.currentTarget.value)} error={errorOf('metric')} />
          <TextInput label={t('successPlan.fields.unit')} description={t('successPlan.form.unitHint')}
            value={values.unit} onChange={(e) => set('unit', e.currentTarget.value)} error={errorOf('unit')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: goal ? 2 : 3 }} spacing="md" verticalSpacing="sm">
          {number('baseline', t('successPlan.fields.baseline'), { required: true })}
          {number('target', t('successPlan.fields.target'), { required: true })}
          {!goal && values.tracking === 'manual' && number('current', t('successPlan.form.currentNow'))}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={-8}>{t('successPlan.form.targetHint')}</Text>
        <Divider label={t('successPlan.form.tracking')} labelPosition="left" />
        <Select label={t('successPlan.form.trackingLabel')} allowDeselect={false} value={values.tracking}
          onChange={(v) => set('tracking', (v ?? 'manual') as Tracking)} error={errorOf('binding')}
          data={[{ value: 'manual', label: t('successPlan.binding.manual') }, ...GOAL_BINDING_TYPES.map((b) => ({ value: b, label: t(`successPlan.binding.types.${b}`) }))]} />
        {(values.tracking === 'usage_events' || values.tracking === 'active_users') && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {values.tracking === 'usage_events' && (
              <TextInput label={t('successPlan.form.event')} description={t('successPlan.form.eventHint')}
                value={values.event} onChange={(e) => set('event', e.currentTarget.value)} error={errorOf('binding.event')} />
            )}
            <NumberInput label={t('successPlan.form.windowDays')} min={1} max={365} allowDecimal={false}
              value={values.windowDays} onChange={(v) => set('windowDays', typeof v === 'number' ? v : 30)} error={errorOf('binding.windowDays')} />
          </SimpleGrid>
        )}
        {values.tracking === 'health_measure' && (
          <TextInput label={t('successPlan.form.measureId')} description={t('successPlan.form.measureIdHint')}
            value={values.measureId} onChange={(e) => set('measureId', e.currentTarget.value)} error={errorOf('binding.measureId')} />
        )}
        {values.tracking === 'account_field' && (
          <TextInput label={t('successPlan.form.field')} description={t('successPlan.form.fieldHint')}
            value={values.field} onChange={(e) => set('field', e.currentTarget.value)} error={errorOf('binding.field')} />
        )}
        <Divider label={t('successPlan.form.ownersAndDates')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Select label={t('successPlan.fields.customerOwnerContactId')} clearable searchable value={values.customerOwnerContactId}
            onChange={(v) => set('customerOwnerContactId', v)} error={errorOf('customerOwnerContactId')}
            data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.title ? `${c.name}（${c.title}）` : c.name }))} />
          <TextInput label={t('successPlan.fields.customerOwnerName')} description={t('successPlan.form.customerOwnerNameHint')}
            disabled={values.customerOwnerContactId !== null} value={values.customerOwnerName}
            onChange={(e) => set('customerOwnerName', e.currentTarget.value)} error={errorOf('customerOwnerName')} />
          <Select label={t('successPlan.fields.ownerId')} clearable searchable value={values.ownerId}
            onChange={(v) => set('ownerId', v)} error={errorOf('ownerId')}
            data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))} />
          <Select label={t('successPlan.fields.status')} allowDeselect={false} value={values.status}
            onChange={(v) => set('status', (v ?? 'not_started') as GoalStatus)}
            data={GOAL_STATUSES.map((s) => ({ value: s, label: t(`successPlan.status.${s}`) }))} />
          <DateInput label={t('successPlan.fields.dueOn')} clearable valueFormat={dateFormat} value={values.dueOn}
            onChange={(v) => set('dueOn', v)} error={errorOf('dueOn')} />
          <DateInput label={t('successPlan.fields.nextReviewOn')} description={t('successPlan.form.nextReviewHint')} clearable
            valueFormat={dateFormat} value={values.nextReviewOn} onChange={(v) => set('nextReviewOn', v)} error={errorOf('nextReviewOn')} />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{goal ? t('common.save') : t('successPlan.form.add')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
