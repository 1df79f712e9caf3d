/** The overview before any account has a score: where scores come from and what to do first. */
import { Button, Code, EmptyState, Group, Text } from '@mantine/core';
import { IconHeartbeat, IconListCheck, IconPlugConnected } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function HealthEmptyState({ hasAccounts }: { hasAccounts: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState py={56} variant="light" icon={<IconHeartbeat size={30} />} data-testid="health-empty"
      title={t(hasAccounts ? 'health.empty.noDataTitle' : 'health.empty.noAccountsTitle')}
      description={t(hasAccounts ? 'health.empty.noDataDescription' : 'health.empty.noAccountsDescription')}
      styles={{ description: { maxWidth: 600 } }}>
      <EmptyState.Actions>
        <Group justify="center" gap="sm">
          {hasAccounts
            ? <Button component={Link} to="/settings/usage" leftSection={<IconPlugConnected size={16} />}>{t('health.empty.connectUsage')}</Button>
            : <Button component={Link} to="/accounts">{t('health.empty.addAccounts')}</Button>}
          <Button component={Link} to="/health/scorecards" variant="default" leftSection={<IconListCheck size={16} />}>{t('health.empty.reviewScorecard')}</Button>
        </Group>
      </EmptyState.Actions>
      <Text size="xs" c="dimmed" mt="md" ta="center">{t('accounts.demoHint')} <Code>npm run demo</Code></Text>
    </EmptyState>
  );
}
