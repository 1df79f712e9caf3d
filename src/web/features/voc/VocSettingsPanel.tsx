/** Settings → VOC: where "send to product" posts (the product team's webhook) and the product-area tags offered in pickers. */
import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocSettings } from '../../api/voc';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';

export function VocSettingsPanel() {
  const settings = useQuery({ queryKey: vocKeys.settings, queryFn: vocApi.settings });
  if (settings.isPending) return <TableSkeleton rows={4} />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm settings={settings.data} />;
}

function SettingsForm({ settings }: { settings: VocSettings }) {
  const { t } = useTranslation();
  const canEdit = useCan('voc.triage');
  const queryClient = useQueryClient();
  const [webhookUrl, setWebhookUrl] = useState(settings.webhookUrl ?? '');
  const [areas, setAreas] = useState(settings.areas);
  const save = useMutation({
    mutationFn: () => vocApi.saveSettings({ webhookUrl: webhookUrl.trim() || null, areas }),
    onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: vocKeys.all }); notifySaved(t('voc.settings.saved')); },
  });
  const fields = fieldErrors(save.error, t);
  return (
    <ImeSafeForm onSubmit={() => canEdit && save.mutate()}>
      <Card withBorder radius="md" padding="lg" maw={720}>
        <Stack gap="md">
          <Stack gap={2}>
            <Title order={4}>{t('voc.settings.title')}</Title>
            <Text size="sm" c="dimmed">{t('voc.settings.intro')}</Text>
          </Stack>
          {canEdit ? (
            <TextInput label={t('voc.settings.webhookUrl')} description={t('voc.settings.webhookHelp')} placeholder="https://…" value={webhookUrl}
              onChange={(e) => setWebhookUrl(e.currentTarget.value)} error={fields.webhookUrl} data-testid="voc-webhook-url" />
          ) : (
            <Text size="sm">{settings.webhookConfigured ? t('voc.settings.webhookSet') : t('voc.settings.webhookNotSet')}</Text>
          )}
          <TagsInput label={t('voc.settings.areas')} description={t('voc.settings.areasHelp')} value={areas} onChange={setAreas}
            splitChars={[',', '、']} disabled={!canEdit} clearable data-testid="voc-settings-areas" />
          {!settings.saved && <Text size="xs" c="dimmed">{t('voc.settings.defaults')}</Text>}
          {save.isError && Object.keys(fields).length === 0 && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
          {canEdit && <Group justify="flex-end"><Button type="submit" loading={save.isPending} data-testid="voc-settings-save">{t('common.save')}</Button></Group>}
        </Stack>
      </Card>
    </ImeSafeForm>
  );
}
