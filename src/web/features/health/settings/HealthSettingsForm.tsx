/** Health settings: which events count as a login, and after how many days a CSM sentiment is flagged stale. */
import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Skeleton, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys, type HealthSettings } from '../../../api/scorecards';
import { ImeSafeForm } from '../../../components/ImeSafeForm';
import { QueryError } from '../../../components/QueryError';
import { errorText, fieldErrors } from '../../../lib/errors';
import { notifySaved } from '../../../lib/notify';
import { useCan } from '../../../session/use-session';

export function HealthSettingsForm() {
  const settings = useQuery({ queryKey: healthKeys.settings, queryFn: healthApi.settings });
  if (settings.isPending) return <Skeleton h={220} radius="md" />;
  if (settings.isError) return <Paper><QueryError error={settings.error} onRetry={() => void settings.refetch()} /></Paper>;
  return <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: HealthSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canConfigure = useCan('health.configure');
  const [loginEvents, setLoginEvents] = useState(settings.loginEvents);
  const [staleDays, setStaleDays] = useState<number | ''>(settings.sentimentStaleDays);
  const save = useMutation({
    mutationFn: () => healthApi.updateSettings({ loginEvents, sentimentStaleDays: staleDays === '' ? 1 : staleDays }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
      notifySaved(t('health.settings.saved'));
    },
  });
  const server = fieldErrors(save.error, t);

  return (
    <Paper p="lg" data-testid="health-settings">
      <ImeSafeForm onSubmit={() => save.mutate()} aria-label={t('health.settings.title')}>
        <Stack gap="md">
          <div>
            <Title order={4} fz={16}>{t('health.settings.title')}</Title>
            <Text size="sm" c="dimmed">{t('health.settings.hint')}</Text>
          </div>
          {save.isError && !Object.keys(server).length && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
          <TagsInput label={t('health.settings.loginEvents')} description={t('health.settings.loginEventsHint')} disabled={!canConfigure}
            value={loginEvents} onChange={setLoginEvents} maxTags={20} clearable acceptValueOnBlur
            error={server.loginEvents ?? (loginEvents.length === 0 ? t('health.settings.loginEventsRequired') : undefined)} />
          <NumberInput w={360} label={t('health.settings.staleDays')} description={t('health.settings.staleDaysHint')} disabled={!canConfigure}
            min={1} max={365} allowDecimal={false} clampBehavior="strict" suffix={t('health.source.daysSuffix')}
            value={staleDays} onChange={(v) => setStaleDays(typeof v === 'number' ? v : '')} error={server.sentimentStaleDays} />
          {canConfigure && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={loginEvents.length === 0 || staleDays === ''}>{t('common.save')}</Button>
            </Group>
          )}
        </Stack>
      </ImeSafeForm>
    </Paper>
  );
}
