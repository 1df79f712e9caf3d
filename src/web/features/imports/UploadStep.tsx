/** Step 2: choose or drop a CSV file; it is uploaded at once and the detected encoding shown. */
import { useRef, useState, type DragEvent } from 'react';
import { Alert, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCheck, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ImportJob, ImportKind } from '../../api/types';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/use-format';
import { encodingLabel } from './import-sample';

interface Props {
  kind: ImportKind;
  job: ImportJob | null;
  onUploaded: (job: ImportJob) => void;
}

export function UploadStep({ kind, job, onUploaded }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({ mutationFn: (file: File) => api.uploadImport(kind, file), onSuccess: onUploaded });

  const take = (file: File | undefined | null) => {
    if (file) upload.mutate(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap="md">
      <div
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          border: `2px dashed ${dragging ? 'var(--mantine-color-ai-6)' : 'var(--mantine-color-gray-4)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-ai-0)' : 'var(--mantine-color-gray-0)',
          padding: '36px 16px',
          textAlign: 'center',
        }}
      >
        <Stack align="center" gap="xs">
          {upload.isPending ? <Loader size="md" /> : <IconFileTypeCsv size={40} stroke={1.4} color="var(--mantine-color-ai-7)" />}
          <Text fw={600}>{upload.isPending ? t('imports.uploading') : t('imports.dropHere')}</Text>
          <Text size="sm" c="dimmed">{t('imports.encodingsHint')}</Text>
          <Button mt="xs" variant="default" leftSection={<IconUpload size={16} />} onClick={() => input.current?.click()} disabled={upload.isPending}>
            {t('imports.chooseFile')}
          </Button>
          <input ref={input} type="file" accept=".csv,.tsv,.txt,text/csv" hidden data-testid="import-file"
            onChange={(e) => { take(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
        </Stack>
      </div>
      {upload.isError && <Alert color="red" variant="light" title={t('imports.uploadFailed')}>{errorText(t, upload.error)}</Alert>}
      {job && !upload.isPending && (
        <Alert color="teal" variant="light" icon={<IconCheck size={18} />} title={job.filename} data-testid="upload-result">
          <Group gap="lg">
            <Group gap={6}>
              <Text size="sm">{t('imports.detectedEncoding')}</Text>
              <Badge variant="filled" color="ai" data-testid="detected-encoding">{encodingLabel(job.encoding)}</Badge>
            </Group>
            <Text size="sm">{t('imports.rowCount', { count: job.totalRows, formatted: format.number(job.totalRows) })}</Text>
            <Text size="sm">{t('imports.columnCount', { count: job.headers.length })}</Text>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
