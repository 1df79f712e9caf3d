/**
 * No usage in the window: how to send it. Kizuna takes Segment's tracking API at POST /v1/batch
 * with an ingest API key as the write key; the account is matched by the message's groupId
 * (its product id, else its external id), so the example uses this account's own id.
 */
import { Alert, Button, Code, EmptyState, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarEvent, IconChartBar, IconKey } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { useCan } from '../../session/use-session';
import { batchExample } from './ingest-example';

interface Props {
  account: Account;
  days: number;
  onWiden: (() => void) | null;
}

export function UsageEmptyState({ account, days, onWiden }: Props) {
  const { t } = useTranslation();
  const isAdmin = useCan('workspace.admin');
  const groupId = account.productId ?? account.externalId;
  return (
    <EmptyState py={40} variant="light" icon={<IconChartBar size={30} />} title={t('usage.empty.title', { count: days })}
      description={t('usage.empty.description')} data-testid="usage-empty" styles={{ description: { maxWidth: 640 } }}>
      <Stack gap="sm" mt="md" maw={720} mx="auto" ta="left">
        <Text size="sm">{t('usage.empty.how')}</Text>
        {groupId ? (
          <Code block data-testid="usage-example" style={{ whiteSpace: 'pre', overflowX: 'auto' }}>
            {batchExample(window.location.origin, groupId, t('usage.empty.keyPlaceholder'))}
          </Code>
        ) : (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>{t('usage.empty.noGroupId')}</Alert>
        )}
        {groupId && <Text size="xs" c="dimmed">{t('usage.empty.groupIdHint', { id: groupId })}</Text>}
      </Stack>
      <EmptyState.Actions>
        <Group justify="center" gap="sm" mt="md">
          {isAdmin && (
            <Button component={Link} to="/settings/api-keys" leftSection={<IconKey size={16} />}>{t('usage.empty.apiKeys')}</Button>
          )}
          {onWiden && (
            <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={onWiden}>{t('usage.empty.widen')}</Button>
          )}
        </Group>
      </EmptyState.Actions>
      {!isAdmin && <Text size="xs" c="dimmed" mt="sm" ta="center">{t('usage.empty.askAdmin')}</Text>}
    </EmptyState>
  );
}
