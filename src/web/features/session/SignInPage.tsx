/** Sign in with email and password; a fresh install goes to first-run setup instead. */
import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { errorText } from '../../lib/errors';
import { AuthLayout } from './AuthLayout';

/** Only same-app paths are followed after sign-in, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/accounts';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const setup = useQuery({ queryKey: keys.setup, queryFn: api.setupStatus, staleTime: Infinity });

  const signIn = useMutation({
    mutationFn: () => api.signIn(email.trim(), password),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.prefetchQuery({ queryKey: keys.me, queryFn: api.me });
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });

  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;

  return (
    <AuthLayout title={t('auth.signInTitle')} subtitle={t('auth.signInSubtitle')}>
      <ImeSafeForm onSubmit={() => signIn.mutate()} aria-label={t('auth.signInTitle')}>
        <Stack gap="md">
          {signIn.isError && <Alert color="red" variant="light">{errorText(t, signIn.error)}</Alert>}
          <TextInput label={t('auth.email')} type="email" autoComplete="username" required autoFocus value={email}
            onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password}
            onChange={(e) => setPassword(e.currentTarget.value)} />
          <Button type="submit" fullWidth loading={signIn.isPending} disabled={!email || !password}>{t('auth.signIn')}</Button>
        </Stack>
      </ImeSafeForm>
    </AuthLayout>
  );
}
