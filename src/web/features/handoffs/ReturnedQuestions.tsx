/** CS's questions on a returned handoff, shown first and hard to miss. */
import { Alert, Text } from '@mantine/core';
import { IconMessageQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '../../api/handoffs';
import { useFormat } from '../../lib/use-format';

export function ReturnedQuestions({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Alert color="orange" variant="light" icon={<IconMessageQuestion />} data-testid="returned-questions"
      title={t('handoffs.returned.title', { name: handoff.reviewerName ?? t('handoffs.someone'), date: format.dateTime(handoff.reviewedAt) })}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{handoff.reviewNote}</Text>
      <Text size="xs" c="dimmed" mt="xs">{t('handoffs.returned.hint')}</Text>
    </Alert>
  );
}
