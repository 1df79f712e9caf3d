/**
 * The inbox of customer words no VOC item cites yet: recent free-text survey answers and notes,
 * newest first. One click turns one into a new item or a mention of an existing one.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocCandidate } from '../../api/voc';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat, useLocale } from '../../lib/use-format';
import { useCan } from '../../session/use-session';
import { AddToVocModal, type VocSource } from './AddToVocModal';

/** Adding keeps the CSM in the inbox (the toast names the item), so the next candidate is one click away. */
export function CandidatesInbox() {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const [source, setSource] = useState<VocSource | null>(null);
  const list = useQuery({ queryKey: vocKeys.candidates, queryFn: () => vocApi.candidates({ limit: 100 }) });
  if (list.isPending) return <TableSkeleton />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('voc.candidates.intro')}</Text>
      {items.length === 0 && (
        <Card withBorder radius="md" padding="xl"><Text ta="center" c="dimmed">{t('voc.candidates.empty')}</Text></Card>
      )}
      {items.map((c) => (
        <CandidateCard key={`${c.sourceId}:${c.questionId ?? ''}`} candidate={c} canWrite={canWrite}
          onAdd={() => setSource({ sourceKind: c.sourceKind, sourceId: c.sourceId, accountId: c.accountId, accountName: c.accountName, quote: c.text })} />
      ))}
      <AddToVocModal source={source} onClose={() => setSource(null)} />
    </Stack>
  );
}

function CandidateCard({ candidate: c, canWrite, onAdd }: { candidate: VocCandidate; canWrite: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = useLocale();
  const where = c.sourceKind === 'survey_response'
    ? `${c.surveyName ?? ''}${c.questionText ? ` ・ ${c.questionText[locale] || c.questionText.ja}` : ''}`
    : t(`timeline.kinds.${c.activityKind ?? 'note'}`);
  return (
    <Card withBorder radius="md" padding="sm" data-testid="voc-candidate">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Badge size="xs" variant="light" color={c.sourceKind === 'survey_response' ? 'cyan' : 'gray'}>{t(`voc.source.${c.sourceKind}`)}</Badge>
            <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm" fw={600}>{c.accountName}</Anchor>
            {c.contactName && <Text size="xs" c="dimmed">{c.contactName}</Text>}
            <Text size="xs" c="dimmed">{format.dayOf(c.at)}</Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>{where}</Text>
          <Text size="sm" className="kz-pre" lineClamp={4}>{c.text}</Text>
        </Stack>
        {canWrite && (
          <Button size="xs" variant="light" leftSection={<IconMessagePlus size={14} />} onClick={onAdd} data-testid="voc-candidate-add">
            {t('voc.actions.addToVoc')}
          </Button>
        )}
      </Group>
    </Card>
  );
}
