/** What a screen shows when its data could not be loaded, with a retry. */
import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('errors.loadFailed')} m="md">
      <Group justify="space-between" align="center">
        <span>{errorText(t, error)}</span>
        {onRetry && <Button size="xs" variant="white" color="red" onClick={onRetry}>{t('common.retry')}</Button>}
      </Group>
    </Alert>
  );
}
