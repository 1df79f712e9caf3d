/**
 * What saving would do, before saving: how many accounts change band, the transitions between
 * bands, and the accounts themselves (opening in a new tab so the draft stays).
 */
import { Anchor, Badge, Button, Group, Loader, Paper, ScrollArea, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconEye, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useFormat } from '../../../lib/use-format';
import { BandBadge } from '../BandBadge';
import type { usePreview } from './use-preview';

const SHOWN = 50;

interface Props {
  preview: ReturnType<typeof usePreview>;
  valid: boolean;
}

export function PreviewPanel({ preview, valid }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = preview.data;

  const body = () => {
    if (!preview.changed) return <Text size="sm" c="dimmed">{t('health.preview.unchanged')}</Text>;
    if (!valid) return <Text size="sm" c="orange">{t('health.preview.fixFirst')}</Text>;
    if (preview.isError) return <QueryError error={preview.error} onRetry={() => void preview.refetch()} />;
    if (!data) return <Group gap="xs"><Loader size="xs" /><Text size="sm" c="dimmed">{t('health.preview.computing')}</Text></Group>;
    return (
      <Stack gap="sm" style={{ opacity: preview.fresh ? 1 : 0.55, transition: 'opacity 120ms' }}>
        <div>
          <Group gap={6} align="baseline">
            <Text fz={30} fw={700} lh={1.1} className="kz-num" data-testid="preview-changed">{format.number(data.changed)}</Text>
            <Text size="sm">{t('health.preview.wouldChange', { count: data.changed })}</Text>
          </Group>
          <Text size="xs" c="dimmed">{t('health.preview.ofAccounts', { count: data.accounts })}</Text>
        </div>
        {data.changed === 0 ? (
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" color="teal" radius="xl" size="sm"><IconCircleCheck size={14} /></ThemeIcon>
            <Text size="sm" c="dimmed">{t('health.preview.noChange')}</Text>
          </Group>
        ) : (
          <>
            <Stack gap={4} data-testid="preview-transitions">
              {data.transitions.map((tr) => (
                <Group key={`${tr.from}-${tr.to}`} gap={6} wrap="nowrap">
                  <BandBadge band={tr.from} size="xs" />
                  <IconArrowRight size={12} color="var(--mantine-color-dimmed)" />
                  <BandBadge band={tr.to} size="xs" />
                  <Text size="sm" fw={600} className="kz-num">{t('health.preview.transitionCount', { count: tr.count })}</Text>
                </Group>
              ))}
            </Stack>
            <ScrollArea.Autosize mah={320} type="auto">
              <Table fz="xs" verticalSpacing={4} data-testid="preview-changes">
                <Table.Tbody>
                  {data.changes.slice(0, SHOWN).map((c) => (
                    <Table.Tr key={c.accountId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/accounts/${c.accountId}`} target="_blank" rel="noopener" size="xs" c="dark" fw={500}>{c.name}</Anchor>
                      </Table.Td>
                      <Table.Td className="kz-num" ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {c.scoreBefore === null ? '—' : Math.round(c.scoreBefore)} → {c.scoreAfter === null ? '—' : Math.round(c.scoreAfter)}
                      </Table.Td>
                      <Table.Td w={70}><BandBadge band={c.to} size="xs" /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {data.changed > SHOWN && <Text size="xs" c="dimmed">{t('health.preview.andMore', { count: data.changed - Math.min(SHOWN, data.changes.length) })}</Text>}
          </>
        )}
      </Stack>
    );
  };

  return (
    <Paper p="md" radius="md" data-testid="preview-panel">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap={6}>
          <IconEye size={16} />
          <Text fw={600} size="sm">{t('health.preview.title')}</Text>
          {preview.waiting && <Loader size={12} />}
          {preview.fresh && <Badge size="xs" color="teal" variant="light">{t('health.preview.upToDate')}</Badge>}
        </Group>
        {preview.changed && valid && (
          <Button size="compact-xs" variant="subtle" leftSection={<IconRefresh size={12} />} onClick={() => void preview.refetch()}
            disabled={preview.waiting}>{t('health.preview.refresh')}</Button>
        )}
      </Group>
      {body()}
    </Paper>
  );
}
