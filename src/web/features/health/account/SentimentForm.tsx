/**
 * Recording the CSM's sentiment: a level from 1 to 5 and the reason, which is required (a number
 * without a why helps nobody later). Ctrl/⌘+Enter submits, never the Enter of an IME conversion.
 * After saving, the score is refetched until the server's rescore shows.
 */
import { useState } from 'react';
import { Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthApi, healthKeys } from '../../../api/health';
import { ImeSafeForm } from '../../../components/ImeSafeForm';
import { ImeTextarea } from '../../../components/ImeTextarea';
import { fieldErrors } from '../../../lib/errors';
import { notifyError, notifySaved } from '../../../lib/notify';
import { SENTIMENT_VALUES, SentimentFace, sentimentColor } from './sentiment-levels';
import { awaitRescore } from './use-account-health';

interface Props {
  accountId: string;
  /** computedAt of the health shown now, to tell when the rescore has landed */
  computedAt: string | null;
}

export function SentimentForm({ accountId, computedAt }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [rescoring, setRescoring] = useState(false);

  const save = useMutation({
    mutationFn: () => healthApi.addSentiment(accountId, { value: Number(value), reason: reason.trim() }),
    onSuccess: () => {
      setValue(null);
      setReason('');
      setTried(false);
      notifySaved(t('accountHealth.sentiment.saved'));
      void queryClient.invalidateQueries({ queryKey: healthKeys.sentiments(accountId) });
      setRescoring(true);
      void awaitRescore(queryClient, accountId, computedAt).finally(() => setRescoring(false));
    },
    onError: (error) => notifyError(t, error),
  });
  const server = fieldErrors(save.error, t);
  const submit = () => {
    setTried(true);
    if (value === null || reason.trim() === '' || save.isPending) return;
    save.mutate();
  };

  return (
    <ImeSafeForm onSubmit={submit} aria-label={t('accountHealth.sentiment.record')}>
      <Stack gap="sm" data-testid="sentiment-form">
        <Radio.Group value={value} onChange={setValue} label={t('accountHealth.sentiment.level')}
          error={tried && value === null ? t('accountHealth.sentiment.chooseLevel') : server.value}>
          <SimpleGrid cols={5} spacing={6} mt={6}>
            {SENTIMENT_VALUES.map((v) => {
              const checked = value === String(v);
              const color = sentimentColor(v);
              return (
                <Radio.Card key={v} value={String(v)} radius="md" p={6}
                  style={{
                    borderColor: checked ? `var(--mantine-color-${color}-6)` : undefined,
                    background: checked ? `var(--mantine-color-${color}-0)` : undefined,
                  }}>
                  <Stack gap={0} align="center">
                    <SentimentFace value={v} size={22} color={checked ? `var(--mantine-color-${color}-7)` : 'var(--mantine-color-gray-6)'} />
                    <Text size="sm" fw={700} className="kz-num">{v}</Text>
                    <Text size="xs" c="dimmed" ta="center" lh={1.2} style={{ whiteSpace: 'nowrap' }}>{t(`accountHealth.sentiment.levels.${v}`)}</Text>
                  </Stack>
                </Radio.Card>
              );
            })}
          </SimpleGrid>
        </Radio.Group>
        <ImeTextarea label={t('accountHealth.sentiment.reason')} placeholder={t('accountHealth.sentiment.reasonPlaceholder')}
          autosize minRows={3} maxRows={8} value={reason} onChange={(e) => setReason(e.currentTarget.value)} onSubmit={submit}
          error={tried && reason.trim() === '' ? t('accountHealth.sentiment.reasonRequired') : server.reason} />
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">{rescoring ? t('accountHealth.sentiment.rescoring') : t('accountHealth.sentiment.submitHint')}</Text>
          <Button type="submit" size="xs" leftSection={<IconCheck size={14} />} loading={save.isPending || rescoring}>
            {t('accountHealth.sentiment.submit')}
          </Button>
        </Group>
      </Stack>
    </ImeSafeForm>
  );
}
