/** "How the order is decided": the ranking formula of domain/today/rank-accounts.ts in plain words. */
import { Button, List, Popover, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const PARTS = ['risk', 'value', 'urgency', 'backlog'] as const;

export function RankingHelp() {
  const { t } = useTranslation();
  return (
    <Popover width={420} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button size="xs" variant="subtle" leftSection={<IconHelpCircle size={14} />} data-testid="ranking-help">{t('today.help.button')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb={4}>{t('today.help.title')}</Text>
        <Text size="sm" mb="xs">{t('today.help.formula')}</Text>
        <List size="sm" spacing={4}>
          {PARTS.map((p) => <List.Item key={p}>{t(`today.help.${p}`)}</List.Item>)}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}
