/**
 * Writing a note, meeting, call or email on the timeline. The body is IME-safe:
 * Ctrl/⌘+Enter submits, but never the Enter that confirms a Japanese conversion.
 */
import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { IconSend } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MANUAL_ACTIVITY_KINDS } from '../../../domain/accounts/fields';
import { api, keys } from '../../api/client';
import type { ActivityInput } from '../../api/types';
import { ImeTextarea } from '../../components/ImeTextarea';
import { fieldErrors } from '../../lib/errors';
import { notifyError, notifySaved } from '../../lib/notify';
import { useLocale } from '../../lib/use-format';

type ManualKind = ActivityInput['kind'];

export function ActivityComposer({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ManualKind>('note');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [contactId, setContactId] = useState<string | null>(null);
  const [occurredAt, setOccurredAt] = useState<string | null>(null);
  const contacts = useQuery({ queryKey: keys.contacts(accountId), queryFn: () => api.contacts(accountId) });

  const add = useMutation({
    mutationFn: () => api.addActivity(accountId, {
      kind,
      body: body.trim(),
      ...(subject.trim() ? { subject: subject.trim() } : {}),
      ...(contactId ? { contactId } : {}),
      ...(occurredAt ? { occurredAt: dayjs(occurredAt).toISOString() } : {}),
    }),
    onSuccess: () => {
      setBody('');
      setSubject('');
      setOccurredAt(null);
      void queryClient.invalidateQueries({ queryKey: keys.timeline(accountId) });
      void queryClient.invalidateQueries({ queryKey: keys.contacts(accountId) });
      notifySaved(t('timeline.added'));
    },
    onError: (error) => notifyError(t, error),
  });
  const submit = () => {
    if (body.trim() === '' || add.isPending) return;
    add.mutate();
  };
  const errors = fieldErrors(add.error, t);

  return (
    <Paper p="md" data-testid="activity-composer">
      <Stack gap="sm">
        <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as ManualKind)} w="fit-content"
          data={MANUAL_ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) }))} aria-label={t('timeline.kind')} />
        {kind !== 'note' && (
          <Group grow gap="sm" align="flex-start">
            <TextInput placeholder={t('timeline.subjectPlaceholder')} aria-label={t('timeline.subject')} value={subject}
              onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} />
            <Select placeholder={t('timeline.contact')} aria-label={t('timeline.contact')} clearable searchable
              data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={contactId} onChange={setContactId} />
            <DateTimePicker placeholder={t('timeline.now')} aria-label={t('timeline.occurredAt')} clearable value={occurredAt}
              onChange={setOccurredAt} valueFormat={locale === 'ja' ? 'YYYY/MM/DD HH:mm' : 'MMM D, YYYY h:mm A'} maxDate={new Date()} />
          </Group>
        )}
        <ImeTextarea
          aria-label={t('timeline.body')}
          placeholder={t(`timeline.placeholders.${kind}`)}
          autosize minRows={3} maxRows={12}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onSubmit={submit}
          error={errors.body}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">{t('timeline.submitHint')}</Text>
          <Button size="xs" leftSection={<IconSend size={14} />} onClick={submit} loading={add.isPending} disabled={body.trim() === ''}>
            {t('timeline.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
