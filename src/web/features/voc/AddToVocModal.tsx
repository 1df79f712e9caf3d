/**
 * "Add to VOC": turn a customer's words — a timeline note, a task, a survey answer, or something
 * heard by hand — into a new VOC item or a mention of an existing one, with the quote (editable:
 * keep only the words that matter). IME-safe.
 */
import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VocSourceKind } from '../../../domain/voc/status';
import { vocApi, vocKeys, type VocMentionInput } from '../../api/voc';
import { ImeSafeForm } from '../../components/ImeSafeForm';
import { ImeTextarea } from '../../components/ImeTextarea';
import { errorText, fieldErrors } from '../../lib/errors';
import { notifySaved } from '../../lib/notify';
import { emptyDraft, ItemFields, type ItemDraft } from './ItemFields';
import { VocAccountPicker } from './VocAccountPicker';

/** Where the words come from; a manual source has no id and its account is picked in the form. */
export interface VocSource {
  sourceKind: VocSourceKind;
  sourceId?: string;
  accountId?: string;
  accountName?: string;
  quote: string;
}

interface Props {
  source: VocSource | null;
  /** add to this item only (the item's drawer); otherwise choose new or existing */
  itemId?: string;
  onClose: () => void;
  onDone?: (itemId: string) => void;
}

export function AddToVocModal({ source, itemId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={source !== null} onClose={onClose} size="lg" title={<Text fw={700}>{t('voc.add.title')}</Text>}>
      {source && <AddToVocForm source={source} itemId={itemId} onClose={onClose} onDone={onDone} />}
    </Modal>
  );
}

/** A first guess at a title: the quote's first line, cut at 40 characters. */
const titleFrom = (quote: string) => (quote.split('\n')[0] ?? '').trim().slice(0, 40);

function AddToVocForm({ source, itemId, onClose, onDone }: Omit<Props, 'source'> & { source: VocSource }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'new' | 'existing'>(itemId ? 'existing' : 'new');
  const [existing, setExisting] = useState<string | null>(itemId ?? null);
  const [draft, setDraft] = useState<ItemDraft>(emptyDraft(titleFrom(source.quote)));
  const [quote, setQuote] = useState(source.quote);
  const [accountId, setAccountId] = useState<string | null>(source.accountId ?? null);
  const [tried, setTried] = useState(false);
  const items = useQuery({ queryKey: vocKeys.list({ sort: 'accounts' }), queryFn: () => vocApi.list({ sort: 'accounts' }), enabled: !itemId });
  const mention = (): VocMentionInput => ({
    sourceKind: source.sourceKind,
    ...(source.sourceId ? { sourceId: source.sourceId } : {}),
    ...(accountId ? { accountId } : {}),
    ...(quote.trim() ? { quote: quote.trim() } : {}),
  });
  const save = useMutation({
    mutationFn: async () => (mode === 'existing' && existing
      ? vocApi.addMention(existing, mention())
      : vocApi.create({ title: draft.title.trim(), kind: draft.kind, areas: draft.areas, mention: mention() })),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: vocKeys.all });
      notifySaved(t('voc.add.saved', { title: item.title }));
      onDone?.(item.id);
      onClose();
    },
  });
  const missingAccount = source.sourceKind === 'manual' && !accountId;
  const missing = (mode === 'new' && !draft.title.trim()) || (mode === 'existing' && !existing) || missingAccount;
  const submit = () => {
    setTried(true);
    if (!missing) save.mutate();
  };
  const fields = fieldErrors(save.error, t);
  return (
    <ImeSafeForm onSubmit={submit} aria-label={t('voc.add.title')}>
      <Stack gap="md">
        {source.accountName && <Text size="sm" c="dimmed">{t('voc.add.from', { account: source.accountName })}</Text>}
        {source.sourceKind === 'manual' && !source.accountId && (
          <VocAccountPicker value={accountId} onChange={setAccountId} error={tried && missingAccount ? t('voc.add.needAccount') : fields['mention.accountId']} />
        )}
        <ImeTextarea label={t('voc.fields.quote')} description={t('voc.add.quoteHelp')} autosize minRows={2} maxRows={8} value={quote}
          onChange={(e) => setQuote(e.currentTarget.value)} onSubmit={submit} data-testid="voc-quote" />
        {!itemId && (
          <SegmentedControl value={mode} onChange={(v) => setMode(v as 'new' | 'existing')} data-testid="voc-add-mode"
            data={[{ value: 'new', label: t('voc.add.asNew') }, { value: 'existing', label: t('voc.add.asExisting') }]} />
        )}
        {mode === 'new' ? (
          <ItemFields draft={draft} onChange={setDraft} onSubmit={submit} withDescription={false}
            errors={{ ...fields, ...(tried && !draft.title.trim() ? { title: t('voc.add.needTitle') } : {}) }} />
        ) : !itemId && (
          <Select label={t('voc.add.item')} searchable required value={existing} onChange={setExisting} data-testid="voc-existing"
            nothingFoundMessage={t('voc.add.noItems')} error={tried && !existing ? t('voc.add.needItem') : undefined}
            data={(items.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.title}（${t('voc.accountsCount', { count: i.accounts })}）` }))} />
        )}
        {save.isError && Object.keys(fields).length === 0 && <Alert color="red" variant="light">{errorText(t, save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="voc-add-submit">{t('voc.add.submit')}</Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
