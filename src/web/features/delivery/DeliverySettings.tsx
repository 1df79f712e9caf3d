/** Settings → 配信 / Delivery: the SMTP server, email templates, a webhook test, and the log of what went out. */
import { Stack } from '@mantine/core';
import { MailSettingsCard } from './MailSettingsCard';
import { OutboxCard } from './OutboxCard';
import { TemplatesCard } from './TemplatesCard';
import { WebhookTestCard } from './WebhookTestCard';

export function DeliverySettings() {
  return (
    <Stack gap="lg" data-testid="delivery-settings">
      <MailSettingsCard />
      <TemplatesCard />
      <WebhookTestCard />
      <OutboxCard />
    </Stack>
  );
}
