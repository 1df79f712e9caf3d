/**
 * The CSM's sentiment: the latest level with its reason, who recorded it and when (flagged stale
 * once older than the workspace allows), the few before it, and the form to record a new one.
 */
import { Badge, Divider, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccountHealth, Sentiment } from '../../../api/health';
import { useFormat } from '../../../lib/use-format';
import { useCan } from '../../../session/use-session';
import { useMembers } from '../../members/use-members';
import { SentimentForm } from './SentimentForm';
import { SentimentFace, sentimentColor } from './sentiment-levels';
import { useSentiments } from './use-account-health';

const EARLIER_SHOWN = 3;

/** The member's name; undefined while the members are still loading (so no "unknown member" flashes first). */
function useAuthorName() {
  const members = useMembers();
  return (authorId: string | null) =>
    members.isPending ? undefined : members.data?.items.find((m) => m.userId === authorId)?.name ?? null;
}

function Level({ value, size }: { value: number; size: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon variant="light" color={sentimentColor(value)} size={size === 'lg' ? 38 : 26} radius="xl">
        <SentimentFace value={value} size={size === 'lg' ? 24 : 16} />
      </ThemeIcon>
      <Text fw={700} size={size === 'lg' ? 'lg' : 'sm'} className="kz-num">
        {t('accountHealth.units.sentiment', { n: value, label: t(`accountHealth.sentiment.levels.${value}`) })}
      </Text>
    </Group>
  );
}

function Byline({ entry }: { entry: Sentiment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const author = useAuthorName()(entry.authorId);
  if (author === undefined) return <Skeleton height={12} width={220} radius="sm" />;
  return (
    <Text size="xs" c="dimmed">
      {t('accountHealth.sentiment.byline', {
        author: author ?? t('accountHealth.sentiment.unknownAuthor'), at: format.dateTime(entry.createdAt), ago: format.relative(entry.createdAt),
      })}
    </Text>
  );
}

export function SentimentCard({ accountId, health }: { accountId: string; health: AccountHealth | null }) {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const sentiments = useSentiments(accountId);
  const [latest, ...earlier] = sentiments.data?.items ?? [];
  const stale = health?.sentiment?.stale ?? false;

  return (
    <Paper p="md" data-testid="sentiment-card">
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">{t('accountHealth.sentiment.title')}</Title>
        {latest && stale && (
          <Tooltip label={t('accountHealth.sentiment.staleHint')} withinPortal multiline w={260}>
            <Badge color="orange" variant="light" leftSection={<IconClockExclamation size={12} />} data-testid="sentiment-stale">
              {t('accountHealth.sentiment.stale')}
            </Badge>
          </Tooltip>
        )}
      </Group>
      {sentiments.isPending ? <Skeleton h={80} /> : latest ? (
        <Stack gap={6} data-testid="sentiment-latest">
          <Level value={latest.value} size="lg" />
          <Text size="sm" className="kz-pre">{latest.reason}</Text>
          <Byline entry={latest} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" data-testid="sentiment-empty">{t('accountHealth.sentiment.empty')}</Text>
      )}
      {earlier.length > 0 && (
        <>
          <Text size="xs" fw={600} c="dimmed" mt="md" mb={6}>{t('accountHealth.sentiment.earlier')}</Text>
          <Stack gap="sm">
            {earlier.slice(0, EARLIER_SHOWN).map((entry) => (
              <Stack key={entry.id} gap={2}>
                <Level value={entry.value} size="md" />
                <Text size="sm" lineClamp={2} className="kz-pre">{entry.reason}</Text>
                <Byline entry={entry} />
              </Stack>
            ))}
          </Stack>
        </>
      )}
      {canWrite && (
        <>
          <Divider my="md" label={t('accountHealth.sentiment.record')} labelPosition="left" />
          <SentimentForm accountId={accountId} computedAt={health?.computedAt ?? null} />
        </>
      )}
    </Paper>
  );
}
