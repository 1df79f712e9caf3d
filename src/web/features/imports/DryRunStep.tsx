/** Step 4: what the import would do — counts to create, update, leave — and every bad row with its reason. */
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DryRunResult } from '../../api/types';
import { CountTiles } from './CountTiles';
import { RowErrorsTable } from './RowErrorsTable';

export function DryRunStep({ result }: { result: DryRunResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="dry-run">
      <CountTiles created={result.toCreate} updated={result.toUpdate} unchanged={result.unchanged} failed={result.failed ?? result.errorCount} future />
      {result.errorCount > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('imports.dryRunErrorsTitle', { count: result.errorCount })}>
          <Text size="sm">{t('imports.dryRunErrorsHint')}</Text>
        </Alert>
      ) : (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>{t('imports.dryRunClean')}</Alert>
      )}
      {result.errors.length > 0 && <RowErrorsTable errors={result.errors} total={result.errorCount} />}
    </Stack>
  );
}
