/**
 * How a product sends usage to Kizuna: the Segment-compatible endpoint, authentication with an
 * ingest API key as the write key (HTTP Basic, empty password), and a copyable snippet for
 * Segment's Node SDK. The origin is the one the browser is on, so the URL is the real one.
 */
import { Anchor, Button, Code, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../session/use-session';

/** The snippet people paste; groupId names the account by its product id (or external id). */
export function sdkSnippet(origin: string, comments: { group: string; track: string }): string {
  return [
    "import { Analytics } from '@segment/analytics-node';",
    '',
    `const analytics = new Analytics({ writeKey: process.env.KIZUNA_WRITE_KEY, host: '${origin}' });`,
    '',
    `// ${comments.group}`,
    "analytics.group({ userId: 'user-123', groupId: 'acme' });",
    '',
    `// ${comments.track}`,
    "analytics.track({ userId: 'user-123', event: 'Report Viewed', context: { groupId: 'acme' } });",
  ].join('\n');
}

function Copyable({ value, testId }: { value: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1 }} data-testid={testId}>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => <Button variant="default" size="xs" onClick={copy}>{copied ? t('common.copied') : t('common.copy')}</Button>}
      </CopyButton>
    </Group>
  );
}

export function IngestGuide() {
  const { t } = useTranslation();
  const isAdmin = useCan('workspace.admin');
  const origin = window.location.origin;
  return (
    <Paper p="lg" data-testid="ingest-guide">
      <Title order={4} fz={16} mb={4}>{t('health.ingest.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('health.ingest.hint')}</Text>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={600} mb={4}>{t('health.ingest.endpoint')}</Text>
          <Copyable value={`${origin}/v1/batch`} testId="ingest-url" />
          <Text size="xs" c="dimmed" mt={4}>{t('health.ingest.otherEndpoints')}</Text>
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>{t('health.ingest.auth')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('health.ingest.authKey')}</List.Item>
            <List.Item>{t('health.ingest.authBasic')}</List.Item>
            <List.Item>{t('health.ingest.groupId')}</List.Item>
          </List>
          {isAdmin
            ? <Button component={Link} to="/settings/api-keys" variant="light" size="xs" mt="xs" leftSection={<IconKey size={14} />}>{t('health.ingest.createKey')}</Button>
            : <Text size="xs" c="dimmed" mt={4}>{t('health.ingest.askAdmin')}</Text>}
        </div>
        <div>
          <Text size="sm" fw={600} mb={4}>{t('health.ingest.snippet')}</Text>
          <Copyable value={sdkSnippet(origin, { group: t('health.ingest.groupComment'), track: t('health.ingest.trackComment') })} testId="ingest-snippet" />
          <Text size="xs" c="dimmed" mt={4}>
            {t('health.ingest.limits')}{' '}
            <Anchor href="/api/openapi.json" target="_blank" size="xs">{t('health.ingest.apiDocs')}</Anchor>
          </Text>
        </div>
      </Stack>
    </Paper>
  );
}
