/**
 * What the accounts list shows with nothing in it: with no accounts yet, the three ways to
 * get started (import a CSV, add one, or load the demo); with filters, how to widen them.
 */
import { Button, Code, EmptyState, Group, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconFileImport, IconPlus, IconSearchOff } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../session/use-session';

interface Props {
  filtered: boolean;
  onClearFilters: () => void;
  onAdd: () => void;
}

export function AccountsEmptyState({ filtered, onClearFilters, onAdd }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const canImport = useCan('import.run');

  if (filtered) {
    return (
      <EmptyState py={56} icon={<IconSearchOff size={30} />} withIndicatorBackground title={t('accounts.noMatchTitle')}
        description={t('accounts.noMatchDescription')}>
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>{t('accounts.clearFilters')}</Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <EmptyState py={56} variant="light" icon={<IconBuildingSkyscraper size={30} />} title={t('accounts.emptyTitle')}
      description={t('accounts.emptyDescription')} data-testid="accounts-empty" styles={{ description: { maxWidth: 560 } }}>
      <EmptyState.Actions>
        <Group justify="center" gap="sm">
          {canImport && <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>{t('accounts.importCsv')}</Button>}
          {canWrite && <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onAdd}>{t('accounts.add')}</Button>}
        </Group>
      </EmptyState.Actions>
      <Text size="xs" c="dimmed" mt="md" ta="center">
        {t('accounts.demoHint')} <Code>npm run demo</Code>
      </Text>
    </EmptyState>
  );
}
