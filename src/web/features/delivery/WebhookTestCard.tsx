/** Post a test message to a webhook URL (e.g. a Slack incoming webhook) through the outbox. */
import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconWebhook } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deliveryApi } from '../../api/delivery';
import { isApiError } from '../../api/http';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { notifyError, notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';

export function WebhookTestCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const send = useMutation({
    mutationFn: () => deliveryApi.testWebhook(url.trim(), locale),
    onSuccess: () => {
      notifySaved(t('delivery.webhook.queued'));
      void queryClient.invalidateQueries({ queryKey: ['delivery', 'outbox'] });
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['delivery', 'outbox'] }), 1500);
    },
    onError: (e) => { if (!isApiError(e, 'request.invalid')) notifyError(t, e); },
  });
  const error = isApiError(send.error, 'request.invalid') ? t('delivery.webhook.badUrl') : undefined;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="webhook-test">
      <Stack gap={2} mb="sm">
        <Text fw={600}>{t('delivery.webhook.title')}</Text>
        <Text size="sm" c="dimmed">{t('delivery.webhook.intro')}</Text>
      </Stack>
      <ImeSafeForm onSubmit={() => send.mutate()} aria-label={t('delivery.webhook.title')}>
        <Group align="flex-start" gap="sm">
          <TextInput placeholder="https://hooks.slack.com/services/…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={error}
            style={{ flex: 1 }} aria-label={t('delivery.webhook.url')} data-testid="webhook-url" />
          <Button type="submit" variant="light" leftSection={<IconWebhook size={16} />} loading={send.isPending} disabled={!url.trim()} data-testid="webhook-send">
            {t('delivery.webhook.send')}
          </Button>
        </Group>
      </ImeSafeForm>
    </Paper>
  );
}
