/** First run: create the workspace and its first admin, then land signed in on the accounts list. */
import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_CURRENCIES } from '../../../domain/money/currency';
import { api, keys } from '../../api/client';
import { isApiError } from '../../api/http';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { FullPageLoader } from '../../components/FullPageLoader';
import { errorText, fieldErrors } from '../../lib/errors';
import { useLocale } from '../../lib/use-format';
import { monthName } from '../../lib/format';
import { AuthLayout } from './AuthLayout';

const MIN_PASSWORD = 10;

export function SetupPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: keys.setup, queryFn: api.setupStatus });
  const [form, setForm] = useState({ workspaceName: '', name: '', email: '', password: '', baseCurrency: 'JPY', fiscalYearStartMonth: '4' });
  const [tried, setTried] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const setup = useMutation({
    mutationFn: () => api.setup({
      workspaceName: form.workspaceName.trim(), name: form.name.trim(), email: form.email.trim(), password: form.password,
      locale, baseCurrency: form.baseCurrency, fiscalYearStartMonth: Number(form.fiscalYearStartMonth),
    }),
    onSuccess: async () => {
      queryClient.setQueryData(keys.setup, { needsSetup: false });
      await queryClient.prefetchQuery({ queryKey: keys.me, queryFn: api.me });
      navigate('/accounts', { replace: true });
    },
    onError: (error) => {
      if (isApiError(error, 'setup.already_done')) queryClient.setQueryData(keys.setup, { needsSetup: false });
    },
  });

  if (status.isPending) return <FullPageLoader />;
  if (status.data && !status.data.needsSetup) return <Navigate to="/sign-in" replace />;

  const server = fieldErrors(setup.error, t);
  const local = {
    workspaceName: tried && !form.workspaceName.trim() ? t('validation.required') : undefined,
    name: tried && !form.name.trim() ? t('validation.required') : undefined,
    email: tried && !/^\S+@\S+\.\S+$/.test(form.email.trim()) ? t('validation.email') : undefined,
    password: tried && form.password.length < MIN_PASSWORD ? t('validation.passwordLength', { count: MIN_PASSWORD }) : undefined,
  };
  const submit = () => {
    setTried(true);
    if (!form.workspaceName.trim() || !form.name.trim() || !/^\S+@\S+\.\S+$/.test(form.email.trim()) || form.password.length < MIN_PASSWORD) return;
    setup.mutate();
  };
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) }));

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.subtitle')} width={520}>
      <ImeSafeForm onSubmit={submit} aria-label={t('setup.title')}>
        <Stack gap="md">
          {setup.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, setup.error)}</Alert>}
          <Text fw={600} size="sm">{t('setup.workspaceSection')}</Text>
          <TextInput label={t('setup.workspaceName')} placeholder={t('setup.workspaceNamePlaceholder')} required autoFocus
            value={form.workspaceName} onChange={(e) => set('workspaceName')(e.currentTarget.value)}
            error={local.workspaceName ?? server.workspaceName} />
          <SimpleGrid cols={2}>
            <Select label={t('setup.baseCurrency')} data={SUPPORTED_CURRENCIES} value={form.baseCurrency}
              onChange={(v) => set('baseCurrency')(v ?? 'JPY')} allowDeselect={false} searchable />
            <Select label={t('setup.fiscalYearStart')} data={months} value={form.fiscalYearStartMonth}
              onChange={(v) => set('fiscalYearStartMonth')(v ?? '4')} allowDeselect={false} />
          </SimpleGrid>
          <Text fw={600} size="sm" mt="xs">{t('setup.adminSection')}</Text>
          <TextInput label={t('setup.adminName')} placeholder={t('setup.adminNamePlaceholder')} required autoComplete="name"
            value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} error={local.name ?? server.name} />
          <TextInput label={t('auth.email')} type="email" required autoComplete="username"
            value={form.email} onChange={(e) => set('email')(e.currentTarget.value)} error={local.email ?? server.email} />
          <PasswordInput label={t('auth.password')} description={t('validation.passwordLength', { count: MIN_PASSWORD })} required
            autoComplete="new-password" value={form.password} onChange={(e) => set('password')(e.currentTarget.value)}
            error={local.password ?? server.password} />
          <Group justify="flex-end" mt="sm">
            <Button type="submit" loading={setup.isPending}>{t('setup.submit')}</Button>
          </Group>
        </Stack>
      </ImeSafeForm>
    </AuthLayout>
  );
}
