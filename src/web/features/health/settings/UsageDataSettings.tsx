/** Settings › Usage data: connecting a product's usage, the events waiting for an account, and health settings. */
import { Stack } from '@mantine/core';
import { HealthSettingsForm } from './HealthSettingsForm';
import { IngestGuide } from './IngestGuide';
import { UnmatchedEvents } from './UnmatchedEvents';

export function UsageDataSettings() {
  return (
    <Stack gap="lg" maw={920}>
      <IngestGuide />
      <UnmatchedEvents />
      <HealthSettingsForm />
    </Stack>
  );
}
