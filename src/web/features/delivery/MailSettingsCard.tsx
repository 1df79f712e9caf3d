/**
 * The workspace's SMTP server: host, port, TLS, login, sender. The password is write-only —
 * the form shows whether one is stored and keeps it unless a new one is typed, and asks for it
 * again when it was sealed with a KIZUNA_SECRET_KEY this server does not have. A test mail
 * goes out at once and shows the server's answer.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Paper, PasswordInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconMailForward } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deliveryApi, deliveryKeys, type MailSettings } from '../../api/delivery';
import { isApiError } from '../../api/http';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { notifyError, notifySaved } from '../../lib/notify';
import { useFormat } from '../../lib/use-format';
import { useSession } from '../../session/use-session';

interface Form { host: string; port: number | string; secure: boolean; username: string; password: string; fromAddress: string; fromName: string }

const fromSettings = (s: MailSettings): Form => ({
  host: s.host ?? '', port: s.port ?? 587, secure: s.secure, username: s.username ?? '', password: '',
  fromAddress: s.fromAddress ?? '', fromName: s.fromName ?? '',
});

export function MailSettingsCard() {
  const query = useQuery({ queryKey: deliveryKeys.mailSettings(), queryFn: deliveryApi.mailSettings });
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <TableSkeleton rows={3} />;
  // a fresh form after every save, starting from what the server now holds
  return <MailSettingsForm key={query.data.updatedAt ?? 'new'} settings={query.data} />;
}

function MailSettingsForm({ settings: s }: { settings: MailSettings }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useSession();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => fromSettings(s));
  const [testTo, setTestTo] = useState(me.user.email);
  const [testResult, setTestResult] = useState<{ ok: boolean; error: string | null } | null>(null);

  const save = useMutation({
    mutationFn: (input: Form) => deliveryApi.saveMailSettings({
      host: input.host, port: Number(input.port), secure: input.secure, username: input.username || null,
      ...(input.password ? { password: input.password } : {}), fromAddress: input.fromAddress, fromName: input.fromName || null,
    }),
    onSuccess: (saved) => {
      queryClient.setQueryData(deliveryKeys.mailSettings(), saved);
      void queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
      notifySaved(t('delivery.mail.saved'));
    },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const test = useMutation({
    mutationFn: () => deliveryApi.testMail(testTo, f.locale),
    onSuccess: setTestResult,
    onError: (e) => notifyError(t, e),
  });

  const err = (path: string) => (isApiError(save.error) ? save.error.fieldMessage(path) : undefined);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });

  return (
    <Paper withBorder radius="md" p="lg" data-testid="mail-settings">
      <Group justify="space-between" mb="sm">
        <Stack gap={2}>
          <Text fw={600}>{t('delivery.mail.title')}</Text>
          <Text size="sm" c="dimmed">{t('delivery.mail.intro')}</Text>
        </Stack>
        {s.configured
          ? <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} />}>{t('delivery.mail.configured')}</Badge>
          : <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />} data-testid="mail-not-configured">{t('delivery.mail.notConfigured')}</Badge>}
      </Group>
      {!s.configured && <Alert color="orange" variant="light" mb="md">{t('delivery.mail.notConfiguredHelp')}</Alert>}
      {s.passwordUnreadable && (
        <Alert color="red" variant="light" mb="md" icon={<IconAlertTriangle size={18} />} data-testid="mail-password-unreadable">
          {t('delivery.mail.passwordUnreadable')}
        </Alert>
      )}
      <ImeSafeForm onSubmit={() => save.mutate(form)} aria-label={t('delivery.mail.title')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('delivery.mail.host')} placeholder="smtp.example.co.jp" value={form.host} onChange={(e) => set('host', e.currentTarget.value)} error={err('host')} required data-testid="mail-host" />
          <NumberInput label={t('delivery.mail.port')} value={form.port} onChange={(v) => set('port', v)} min={1} max={65535} error={err('port')} required data-testid="mail-port" />
          <Switch mt={30} label={t('delivery.mail.secure')} description={t('delivery.mail.secureHelp')} checked={form.secure} onChange={(e) => set('secure', e.currentTarget.checked)} />
          <TextInput label={t('delivery.mail.username')} value={form.username} onChange={(e) => set('username', e.currentTarget.value)} autoComplete="off" />
          <PasswordInput label={t('delivery.mail.password')} value={form.password} onChange={(e) => set('password', e.currentTarget.value)} autoComplete="new-password"
            placeholder={s.hasPassword && !s.passwordUnreadable ? t('delivery.mail.passwordKept') : ''}
            description={s.hasPassword && !s.passwordUnreadable ? t('delivery.mail.passwordStored') : undefined}
            error={s.passwordUnreadable && form.password === '' ? t('delivery.mail.passwordAgain') : err('password')} />
          <div />
          <TextInput label={t('delivery.mail.fromAddress')} placeholder="cs@example.co.jp" value={form.fromAddress} onChange={(e) => set('fromAddress', e.currentTarget.value)} error={err('fromAddress')} required data-testid="mail-from" />
          <TextInput label={t('delivery.mail.fromName')} placeholder={t('delivery.mail.fromNamePlaceholder')} value={form.fromName} onChange={(e) => set('fromName', e.currentTarget.value)} />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={save.isPending} data-testid="mail-save">{t('common.save')}</Button>
        </Group>
      </ImeSafeForm>
      {s.configured && (
        <Stack gap="xs" mt="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('delivery.mail.testTo')} value={testTo} onChange={(e) => setTestTo(e.currentTarget.value)} w={280} data-testid="mail-test-to" />
            <Button variant="light" leftSection={<IconMailForward size={16} />} loading={test.isPending} onClick={() => test.mutate()} data-testid="mail-test">
              {t('delivery.mail.sendTest')}
            </Button>
          </Group>
          {testResult && (testResult.ok
            ? <Alert color="teal" variant="light" data-testid="mail-test-result">{t('delivery.mail.testOk', { to: testTo })}</Alert>
            : <Alert color="red" variant="light" data-testid="mail-test-result">{t('delivery.mail.testFailed', { error: testResult.error ?? '' })}</Alert>)}
        </Stack>
      )}
    </Paper>
  );
}
