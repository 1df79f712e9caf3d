/** What the dashboard shows before there is any subscription history: the ways to get some. */
import { Button, Code, EmptyState, Group, Text } from '@mantine/core';
import { IconChartBar, IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/use-session';

export function RevenueEmptyState() {
  const { t } = useTranslation();
  const canImport = useCan('import.run');
  return (
    <EmptyState py={56} variant="light" icon={<IconChartBar size={30} />} title={t('revenue.emptyTitle')}
      description={t('revenue.emptyDescription')} data-testid="revenue-empty" styles={{ description: { maxWidth: 560 } }}>
      <EmptyState.Actions>
        <Group justify="center" gap="sm">
          {canImport && <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>{t('revenue.importSubscriptions')}</Button>}
        </Group>
      </EmptyState.Actions>
      <Text size="xs" c="dimmed" mt="md" ta="center">{t('accounts.demoHint')} <Code>npm run demo</Code></Text>
    </EmptyState>
  );
}
