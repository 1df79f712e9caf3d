/** The workspace's recent import jobs with their outcome. */
import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import type { ImportStatus } from '../../api/types';
import { useFormat } from '../../lib/use-format';
import { encodingLabel } from './import-sample';

const STATUS_COLOR: Record<ImportStatus, string> = { uploaded: 'gray', running: 'ai', done: 'teal', failed: 'red' };

export function RecentImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const jobs = useQuery({ queryKey: keys.importJobs, queryFn: api.importJobs });
  const items = (jobs.data?.items ?? []).filter((j) => j.status !== 'uploaded').slice(0, 10);
  if (items.length === 0) return null;
  return (
    <Paper p="md" mt="lg">
      <Title order={4} fz="md" mb="sm">{t('imports.recent')}</Title>
      <div className="kz-table-wrap">
        <Table fz="sm" miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.file')}</Table.Th>
              <Table.Th>{t('imports.kind')}</Table.Th>
              <Table.Th>{t('imports.statusLabel')}</Table.Th>
              <Table.Th ta="right">{t('imports.counts.did.created')}</Table.Th>
              <Table.Th ta="right">{t('imports.counts.did.updated')}</Table.Th>
              <Table.Th ta="right">{t('imports.counts.did.failed')}</Table.Th>
              <Table.Th>{t('imports.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>{j.filename}</Text>
                  <Text size="xs" c="dimmed">{encodingLabel(j.encoding)}</Text>
                </Table.Td>
                <Table.Td>{t(`imports.kinds.${j.kind}`)}</Table.Td>
                <Table.Td><Badge color={STATUS_COLOR[j.status]} size="sm">{t(`imports.status.${j.status}`)}</Badge></Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(j.created)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(j.updated)}</Table.Td>
                <Table.Td ta="right" className="kz-num">{format.number(j.failed)}</Table.Td>
                <Table.Td className="kz-num">{format.dateTime(j.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}
