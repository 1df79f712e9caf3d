/** The dry run: the accounts a playbook would fire for if it ran now, each with its reason; nothing changes. */
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeFiring } from '../../../domain/playbooks/describe-firing';
import { playbookApi, type DryRun, type PlaybookInput } from '../../api/playbooks';
import { useLocale } from '../../lib/use-format';
import { errorText } from '../../lib/errors';

interface Props {
  draft: PlaybookInput;
  /** a saved playbook whose definition is unchanged: its dry run also knows the open episodes */
  savedId: string | null;
}

export function DryRunPanel({ draft, savedId }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [shown, setShown] = useState<{ result: DryRun; trigger: PlaybookInput['trigger'] } | null>(null);
  const run = useMutation({
    mutationFn: () => (savedId ? playbookApi.dryRun(savedId) : playbookApi.dryRunDraft(draft)),
    onSuccess: (result) => setShown({ result, trigger: draft.trigger }),
  });
  return (
    <Paper withBorder radius="md" p="md" data-testid="dry-run">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={4} fz="md">{t('playbooks.dryRun.title')}</Title>
          <Text size="sm" c="dimmed">{t('playbooks.dryRun.help')}</Text>
        </div>
        <Button variant="light" leftSection={<IconPlayerPlay size={16} />} loading={run.isPending} onClick={() => run.mutate()} data-testid="dry-run-button">
          {t('playbooks.dryRun.run')}
        </Button>
      </Group>
      {run.isError && <Alert color="red" variant="light">{errorText(t, run.error)}</Alert>}
      {shown && (
        <Stack gap="xs" data-testid="dry-run-result">
          <Text fw={600}>{shown.result.total === 0 ? t('playbooks.dryRun.none') : t('playbooks.dryRun.total', { count: shown.result.total })}</Text>
          {(shown.result.alreadyOpen > 0 || shown.result.wouldClose > 0) && (
            <Text size="sm" c="dimmed">{t('playbooks.dryRun.episodes', { open: shown.result.alreadyOpen, close: shown.result.wouldClose })}</Text>
          )}
          {shown.result.eventWindowDays !== null && <Text size="sm" c="dimmed">{t('playbooks.dryRun.eventWindow', { days: shown.result.eventWindowDays })}</Text>}
          {shown.result.items.length > 0 && (
            <Table.ScrollContainer minWidth={560} mah={360}>
              <Table striped highlightOnHover stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('playbooks.dryRun.account')}</Table.Th>
                    <Table.Th>{t('playbooks.dryRun.owner')}</Table.Th>
                    <Table.Th>{t('playbooks.dryRun.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.result.items.map((item) => (
                    <Table.Tr key={item.accountId}>
                      <Table.Td><Anchor component={Link} to={`/accounts/${item.accountId}`}>{item.accountName}</Anchor></Table.Td>
                      <Table.Td>{item.ownerName ?? '—'}</Table.Td>
                      <Table.Td>{describeFiring(shown.trigger, item.detail, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Paper>
  );
}
