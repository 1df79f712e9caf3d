/** Every saved version of a scorecard with its note, newest first; an older one can be loaded back into the editor. */
import { Badge, Button, Group, Paper, Text, Timeline } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys, type ScorecardVersion } from '../../../api/scorecards';
import { QueryError } from '../../../components/QueryError';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { useFormat } from '../../../lib/use-format';

interface Props {
  scorecardId: string;
  current: number;
  canLoad: boolean;
  onLoad: (version: ScorecardVersion) => void;
}

export function VersionHistory({ scorecardId, current, canLoad, onLoad }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  // The server notes the scorecard it creates for a new workspace as 'default'; say it in the UI language.
  const noteText = (v: ScorecardVersion) => (v.version === 1 && v.note === 'default' ? t('health.versions.initial') : v.note ?? t('health.versions.noNote'));
  const versions = useQuery({ queryKey: healthKeys.versions(scorecardId), queryFn: () => healthApi.versions(scorecardId) });
  return (
    <Paper p="md" radius="md" data-testid="version-history">
      <Group gap={6} mb="sm">
        <IconHistory size={16} />
        <Text fw={600} size="sm">{t('health.versions.title')}</Text>
      </Group>
      {versions.isPending ? <TableSkeleton rows={2} /> : versions.isError ? <QueryError error={versions.error} onRetry={() => void versions.refetch()} /> : (
        <Timeline active={0} bulletSize={18} lineWidth={2}>
          {versions.data.items.map((v) => (
            <Timeline.Item key={v.version} data-testid="version-item"
              title={(
                <Group gap={6} justify="space-between" wrap="nowrap">
                  <Group gap={6}>
                    <Text size="sm" fw={600}>v{v.version}</Text>
                    {v.version === current && <Badge size="xs" variant="light">{t('health.versions.current')}</Badge>}
                  </Group>
                  {canLoad && v.version !== current && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onLoad(v)}>{t('health.versions.load')}</Button>
                  )}
                </Group>
              )}>
              <Text size="xs" c="dimmed">{format.dateTime(v.createdAt)}</Text>
              <Text size="sm" c={v.note ? undefined : 'dimmed'} className="kz-pre">{noteText(v)}</Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
