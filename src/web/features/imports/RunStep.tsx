/** Step 5: the running job, polled until done, with a progress bar, then the summary. */
import { useEffect } from 'react';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { ImportJob } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../lib/use-format';
import { CountTiles } from './CountTiles';
import { RowErrorsTable } from './RowErrorsTable';

const POLL_MS = 500;

interface Props {
  started: ImportJob;
  onAnother: () => void;
  onFinished: () => void;
}

export function RunStep({ started, onAnother, onFinished }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const job = useQuery({
    queryKey: keys.importJob(started.id),
    queryFn: () => api.importJob(started.id),
    initialData: started,
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : POLL_MS),
  });
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'done' || status === 'failed') onFinished();
  }, [status, onFinished]);
  if (job.isError) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  const finished = j.status === 'done' || j.status === 'failed';
  const percent = j.totalRows > 0 ? Math.min(100, Math.round((j.processedRows / j.totalRows) * 100)) : finished ? 100 : 0;

  return (
    <Stack gap="md" data-testid="import-run">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={600} data-testid="import-status">{t(`imports.status.${j.status}`)}</Text>
          <Text size="sm" c="dimmed" className="kz-num" data-testid="import-progress-text">
            {format.number(j.processedRows)} / {format.number(j.totalRows)} ({percent}%)
          </Text>
        </Group>
        <Progress value={percent} size="lg" radius="xl" animated={!finished} striped={!finished}
          color={j.status === 'failed' ? 'red' : finished ? 'teal' : 'ai'} aria-label={t('imports.progress')} data-testid="import-progress" />
      </Stack>
      {finished && (
        <>
          {j.status === 'done' ? (
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('imports.doneTitle')}>
              {t('imports.doneDescription', { processed: format.number(j.processedRows) })}
            </Alert>
          ) : (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('imports.failedTitle')}>
              {t('imports.failedDescription')}
              {j.failure && <Text size="xs" c="dimmed" mt={4}>{j.failure}</Text>}
            </Alert>
          )}
          <CountTiles created={j.created} updated={j.updated} unchanged={j.unchanged} failed={j.failed} />
          {j.errors.length > 0 && <RowErrorsTable errors={j.errors} total={j.failed} />}
          <Group gap="xs">
            <Button component={Link} to="/accounts">{t('imports.viewAccounts')}</Button>
            <Button variant="default" onClick={onAnother}>{t('imports.another')}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
