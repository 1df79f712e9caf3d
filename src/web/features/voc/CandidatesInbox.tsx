/**
 * The inbox of customer words no VOC item cites yet: recent free-text survey answers and notes,
 * newest first. One click turns one into a new item or a mention of an existing one, or sets it
 * aside as not VOC (a thank-you, a question already answered); what was set aside has a view of
 * its own, from which it can be put back.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconMessagePlus, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { vocApi, vocKeys, type VocCandidate, type VocCandidateRef } from '../../api/voc';
import { QueryError } from '../../components/QueryError';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useFormat, useLocale } from '../../lib/use-format';
import { notifyError, notifySaved } from '../../lib/notify';
import { useCan } from '../../session/use-session';
import { AddToVocModal, type VocSource } from './AddToVocModal';

type View = 'inbox' | 'dismissed';

/** Adding keeps the CSM in the inbox (the toast names the item), so the next candidate is one click away. */
export function CandidatesInbox() {
  const { t } = useTranslation();
  const canWrite = useCan('data.write');
  const queryClient = useQueryClient();
  const [view, setView] = useState<View>('inbox');
  const [source, setSource] = useState<VocSource | null>(null);
  const dismissed = view === 'dismissed';
  const list = useQuery({ queryKey: vocKeys.candidates(dismissed), queryFn: () => vocApi.candidates({ limit: 100, dismissed }) });
  const move = useMutation({
    mutationFn: (ref: VocCandidateRef) => (dismissed ? vocApi.restoreCandidate(ref) : vocApi.dismissCandidate(ref)),
    onSuccess: async () => {
      notifySaved(t(dismissed ? 'voc.candidates.restored' : 'voc.candidates.dismissed'));
      await queryClient.invalidateQueries({ queryKey: ['voc', 'candidates'] });
    },
    onError: (error) => notifyError(t, error),
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" maw={760}>{t(dismissed ? 'voc.candidates.dismissedIntro' : 'voc.candidates.intro')}</Text>
        <SegmentedControl
          size="xs" value={view} onChange={(v) => setView(v as View)} data-testid="voc-candidate-view"
          data={[{ value: 'inbox', label: t('voc.candidates.inbox') }, { value: 'dismissed', label: t('voc.candidates.setAside') }]}
        />
      </Group>
      {list.isPending ? <TableSkeleton /> : list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : (
        <>
          {list.data.items.length === 0 && (
            <Card withBorder radius="md" padding="xl">
              <Text ta="center" c="dimmed">{t(dismissed ? 'voc.candidates.noneDismissed' : 'voc.candidates.empty')}</Text>
            </Card>
          )}
          {list.data.items.map((c) => (
            <CandidateCard
              key={`${c.sourceId}:${c.questionId ?? ''}`} candidate={c} canWrite={canWrite} dismissed={dismissed}
              busy={move.isPending && move.variables.sourceId === c.sourceId && move.variables.questionId === c.questionId}
              onAdd={() => setSource({ sourceKind: c.sourceKind, sourceId: c.sourceId, accountId: c.accountId, accountName: c.accountName, quote: c.text })}
              onMove={() => move.mutate({ sourceKind: c.sourceKind, sourceId: c.sourceId, questionId: c.questionId })}
            />
          ))}
        </>
      )}
      <AddToVocModal source={source} onClose={() => setSource(null)} />
    </Stack>
  );
}

function CandidateCard({ candidate: c, canWrite, dismissed, busy, onAdd, onMove }: {
  candidate: VocCandidate; canWrite: boolean; dismissed: boolean; busy: boolean; onAdd: () => void; onMove: () => void;
}) {
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
          <Text size="sm" className="kz-pre" lineClamp={4} c={dismissed ? 'dimmed' : undefined}>{c.text}</Text>
        </Stack>
        {canWrite && (
          <Group gap={6} wrap="nowrap">
            {dismissed ? (
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} loading={busy} onClick={onMove} data-testid="voc-candidate-restore">
                {t('voc.candidates.restore')}
              </Button>
            ) : (
              <>
                <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} loading={busy} onClick={onMove} data-testid="voc-candidate-dismiss">
                  {t('voc.candidates.dismiss')}
                </Button>
                <Button size="xs" variant="light" leftSection={<IconMessagePlus size={14} />} onClick={onAdd} data-testid="voc-candidate-add">
                  {t('voc.actions.addToVoc')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
    </Card>
  );
}
