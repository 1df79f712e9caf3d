/** Create or edit an account: every SPEC §2 field, the external ids, and the custom fields. */
import { useState } from 'react';
import { Alert, Autocomplete, Button, Divider, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SIZE_BANDS } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { Account } from '../../api/types';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { CustomFieldInput } from '../custom-fields/CustomFieldInput';
import { useCustomFields } from '../custom-fields/use-custom-fields';
import { useOwnerOptions } from '../members/use-members';
import { accountFormValues, toAccountInput, type AccountFormValues } from './account-form';

interface Props {
  opened: boolean;
  onClose: () => void;
  account?: Account | null;
  onSaved?: (account: Account) => void;
}

export function AccountFormModal({ opened, onClose, account, onSaved }: Props) {
  const { t } = useTranslation();
  // The body mounts each time the dialog opens, so the form starts from the account as it is now.
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={<Text fw={700}>{account ? t('accounts.editTitle') : t('accounts.addTitle')}</Text>}>
      <AccountFormBody onClose={onClose} account={account ?? null} onSaved={onSaved} />
    </Modal>
  );
}

function AccountFormBody({ onClose, account, onSaved }: { onClose: () => void; account: Account | null; onSaved?: (account: Account) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const owners = useOwnerOptions();
  const customFields = useCustomFields('account');
  const facets = useQuery({ queryKey: keys.accountFacets, queryFn: api.accountFacets, staleTime: 60_000 });
  const [values, setValues] = useState<AccountFormValues>(() => accountFormValues(account));
  const [tried, setTried] = useState(false);

  const save = useMutation({
    mutationFn: () => (account ? api.updateAccount(account.id, toAccountInput(values)) : api.createAccount(toAccountInput(values))),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.account(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: keys.accounts });
      void queryClient.invalidateQueries({ queryKey: keys.timeline(saved.id) });
      notifySaved(account ? t('accounts.saved') : t('accounts.created'));
      onClose();
      onSaved?.(saved);
    },
  });

  const server = fieldErrors(save.error, t);
  const nameError = tried && values.name.trim() === '' ? t('validation.required') : server.name;
  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'name' | 'nameReading' | 'externalId' | 'billingId' | 'productId' | 'useCase', extra: { required?: boolean; description?: string } = {}) => (
    <TextInput label={t(`fields.${key}`)} value={values[key]} onChange={(e) => set(key, e.currentTarget.value)}
      error={key === 'name' ? nameError : server[key]} {...extra} />
  );
  const suggest = (key: 'industry' | 'plan' | 'region', data: string[] | undefined) => (
    <Autocomplete label={t(`fields.${key}`)} data={data ?? []} value={values[key]} onChange={(v) => set(key, v)} error={server[key]} />
  );
  const submit = () => {
    setTried(true);
    if (values.name.trim() === '') return;
    save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={account ? t('accounts.editTitle') : t('accounts.addTitle')}>
      <Stack gap="md">
        {save.isError && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {text('name', { required: true })}
          {text('nameReading', { description: t('fields.nameReadingHint') })}
          {suggest('industry', facets.data?.industries)}
          <Select label={t('fields.sizeBand')} clearable data={SIZE_BANDS.map((b) => ({ value: b, label: format.sizeBand(b) }))}
            value={values.sizeBand} onChange={(v) => set('sizeBand', v as AccountFormValues['sizeBand'])} error={server.sizeBand} />
          {suggest('plan', facets.data?.plans)}
          {suggest('region', facets.data?.regions)}
          {text('useCase')}
          <Select label={t('fields.owner')} clearable searchable data={owners} value={values.ownerId}
            onChange={(v) => set('ownerId', v)} error={server.ownerId} placeholder={t('accounts.unassigned')} />
        </SimpleGrid>
        <Divider label={t('accounts.externalIds')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {text('externalId', { description: t('fields.externalIdHint') })}
          {text('billingId', { description: t('fields.billingIdHint') })}
          {text('productId', { description: t('fields.productIdHint') })}
        </SimpleGrid>
        {customFields.items.length > 0 && (
          <>
            <Divider label={t('accounts.customFields')} labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              {customFields.items.map((def) => (
                <CustomFieldInput key={def.key} def={def} value={values.customFields[def.key]}
                  error={server[`customFields.${def.key}`]}
                  onChange={(v) => set('customFields', { ...values.customFields, [def.key]: v })} />
              ))}
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{account ? t('common.save') : t('accounts.create')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
