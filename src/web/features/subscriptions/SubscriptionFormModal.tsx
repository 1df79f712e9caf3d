/** Add a contract line or change one; a change takes effect on a date so MRR history stays true. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MINOR_DIGITS, SUPPORTED_CURRENCIES } from '../../../domain/money/currency';
import { BILLING_INTERVALS, SUBSCRIPTION_STATUSES } from '../../../domain/subscriptions/mrr';
import { api, keys } from '../../api/client';
import type { Account, Subscription } from '../../api/types';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';
import { subscriptionFormValues, toSubscriptionInput, type SubscriptionFormValues } from './subscription-form';

interface Props {
  account: Account;
  opened: boolean;
  subscription: Subscription | null;
  onClose: () => void;
}

export function SubscriptionFormModal({ account, opened, subscription, onClose }: Props) {
  const { t } = useTranslation();
  // The body mounts each time the dialog opens, so the form starts from the line as it is now.
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{subscription ? t('subscriptions.editTitle') : t('subscriptions.addTitle')}</Text>}>
      <SubscriptionFormBody account={account} subscription={subscription} onClose={onClose} />
    </Modal>
  );
}

function SubscriptionFormBody({ account, subscription, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<SubscriptionFormValues>(() => subscriptionFormValues(subscription, account.currency));
  const [tried, setTried] = useState(false);

  const save = useMutation({
    mutationFn: () => {
      const input = toSubscriptionInput(values, subscription !== null);
      return subscription ? api.updateSubscription(subscription.id, input) : api.createSubscription({ ...input, accountId: account.id });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: keys.subscriptions(account.id) });
      void queryClient.invalidateQueries({ queryKey: keys.subscriptionEvents(saved.id) });
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(account.id) });
      notifySaved(subscription ? t('subscriptions.saved') : t('subscriptions.created'));
      onClose();
    },
  });
  const server = fieldErrors(save.error, t);
  const set = <K extends keyof SubscriptionFormValues>(key: K, value: SubscriptionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const dateFormat = locale === 'ja' ? 'YYYY/MM/DD' : 'MMM D, YYYY';
  const digits = MINOR_DIGITS[values.currency] ?? 2;
  const submit = () => {
    setTried(true);
    if (values.plan.trim() !== '') save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={subscription ? t('subscriptions.editTitle') : t('subscriptions.addTitle')}>
      <Stack gap="md">
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput label={t('subscriptions.fields.plan')} required value={values.plan} onChange={(e) => set('plan', e.currentTarget.value)}
            error={tried && values.plan.trim() === '' ? t('validation.required') : server.plan} />
          <TextInput label={t('subscriptions.fields.product')} value={values.product} onChange={(e) => set('product', e.currentTarget.value)} error={server.product} />
          <NumberInput label={t('subscriptions.fields.quantity')} min={1} allowDecimal={false} thousandSeparator=","
            value={values.quantity} onChange={(v) => set('quantity', typeof v === 'number' ? v : 0)} error={server.quantity} />
          {/* The currency's blank description keeps its box level with the price's (which has a hint). */}
          <Group grow gap="xs" align="flex-start">
            <NumberInput label={t('subscriptions.fields.unitPrice')} description={t('subscriptions.unitPriceHint')} min={0} decimalScale={digits} thousandSeparator=","
              value={values.unitPrice} onChange={(v) => set('unitPrice', typeof v === 'number' ? v : 0)} error={server.unitPrice} />
            <Select label={t('subscriptions.fields.currency')} description={"\u00a0"} data={SUPPORTED_CURRENCIES} searchable allowDeselect={false} maw={110}
              value={values.currency} onChange={(v) => set('currency', v ?? account.currency)} error={server.currency} />
          </Group>
          <Group grow gap="xs" align="flex-start">
            <Select label={t('subscriptions.fields.billingInterval')} allowDeselect={false}
              data={BILLING_INTERVALS.map((i) => ({ value: i, label: t(`billingInterval.${i}`) }))}
              value={values.billingInterval} onChange={(v) => {
                const interval = (v ?? 'month') as SubscriptionFormValues['billingInterval'];
                setValues((current) => ({ ...current, billingInterval: interval, intervalCount: interval === 'multi_year' ? Math.max(2, current.intervalCount) : 1 }));
              }} />
            {values.billingInterval === 'multi_year' && (
              <NumberInput label={t('subscriptions.fields.intervalCount')} min={2} max={10} allowDecimal={false} maw={130}
                value={values.intervalCount} onChange={(v) => set('intervalCount', typeof v === 'number' ? v : 2)} error={server.intervalCount} />
            )}
          </Group>
          <NumberInput label={t('subscriptions.fields.discountPercent')} min={0} max={100} suffix="%" decimalScale={2}
            value={values.discountPercent} onChange={(v) => set('discountPercent', typeof v === 'number' ? v : 0)} error={server.discountPercent} />
          <Select label={t('subscriptions.fields.status')} allowDeselect={false}
            data={SUBSCRIPTION_STATUSES.map((s) => ({ value: s, label: t(`subscriptionStatus.${s}`) }))}
            value={values.status} onChange={(v) => set('status', (v ?? 'active') as SubscriptionFormValues['status'])} />
          <TextInput label={t('subscriptions.fields.externalId')} value={values.externalId} onChange={(e) => set('externalId', e.currentTarget.value)} error={server.externalId} />
          <DateInput label={t('subscriptions.fields.startedOn')} valueFormat={dateFormat} value={values.startedOn}
            onChange={(v) => set('startedOn', v)} error={server.startedOn} />
          <DateInput label={t('subscriptions.fields.endsOn')} description={t('subscriptions.endsOnHint')} valueFormat={dateFormat} clearable
            value={values.endsOn} onChange={(v) => set('endsOn', v)} error={server.endsOn} />
          {subscription && (
            <DateInput label={t('subscriptions.fields.effectiveOn')} description={t('subscriptions.effectiveOnHint')} valueFormat={dateFormat}
              value={values.effectiveOn} onChange={(v) => set('effectiveOn', v)} error={server.effectiveOn} />
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{subscription ? t('common.save') : t('subscriptions.add')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
