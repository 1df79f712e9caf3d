/**
 * The run log: what fired, when, for which account, why, and what each action did. Shown for one
 * playbook (with a CSV export) or for one account (with the playbook's name).
 */
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeFiring } from '../../../domain/playbooks/describe-firing';
import { isEventTrigger } from '../../../domain/playbooks/trigger';
import type { PlaybookRun } from '../../api/playbooks';
import { useFormat } from '../../lib/use-format';
import { RESULT_COLOR } from './playbook-text';

interface Props {
  runs: PlaybookRun[];
  show: 'account' | 'playbook';
  empty: string;
}

function EpisodeBadge({ run }: { run: PlaybookRun }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (isEventTrigger(run.trigger)) return <Badge variant="light" color="gray">{t('playbooks.runs.event')}</Badge>;
  if (run.closedAt === null) return <Badge variant="light" color="orange">{t('playbooks.runs.open')}</Badge>;
  return <Badge variant="light" color="teal">{t('playbooks.runs.closed', { date: format.dayOf(run.closedAt) })}</Badge>;
}

export function RunLog({ runs, show, empty }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (runs.length === 0) {
    return <Paper withBorder radius="md" p="lg" ta="center" data-testid="runs-empty"><Text c="dimmed" size="sm">{empty}</Text></Paper>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover data-testid="run-log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('playbooks.runs.firedAt')}</Table.Th>
            <Table.Th>{show === 'account' ? t('playbooks.runs.account') : t('playbooks.runs.playbook')}</Table.Th>
            <Table.Th>{t('playbooks.runs.reason')}</Table.Th>
            <Table.Th>{t('playbooks.runs.results')}</Table.Th>
            <Table.Th>{t('playbooks.runs.episode')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(run.firedAt)}</Table.Td>
              <Table.Td>
                {show === 'account'
                  ? <Anchor component={Link} to={`/accounts/${run.accountId}`}>{run.accountName}</Anchor>
                  : <Anchor component={Link} to={`/playbooks/${run.playbookId}`}>{run.playbookName}</Anchor>}
              </Table.Td>
              <Table.Td>{describeFiring(run.trigger, run.detail, format.locale)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {run.results.map((r, i) => (
                    <Group key={i} gap={4} wrap="nowrap">
                      <Tooltip label={r.error ?? ''} disabled={!r.error} multiline w={280}>
                        <Badge size="sm" variant="light" color={RESULT_COLOR[r.status]}>
                          {t(`playbooks.actions.${r.type}.label`)}・{t(`playbooks.results.${r.status}`)}
                        </Badge>
                      </Tooltip>
                      {r.error && <Text size="xs" c="red" lineClamp={1}>{r.error}</Text>}
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td><EpisodeBadge run={run} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
