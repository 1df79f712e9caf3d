/** Who did what to the handoff, oldest first: created, edited, submitted, returned, accepted. */
import { Card, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandoffEvent } from '../../api/handoffs';
import { useFormat } from '../../lib/use-format';

export function HandoffHistory({ history }: { history: HandoffEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sep = format.locale === 'ja' ? '・' : ' · ';
  return (
    <Card withBorder radius="md" padding="md" data-testid="handoff-history">
      <Title order={4} fz="md" mb="sm">{t('handoffs.history.title')}</Title>
      <Timeline bulletSize={12} lineWidth={2} active={history.length - 1}>
        {history.map((e, i) => {
          const completeness = e.data.completeness;
          const score = typeof completeness === 'number' ? completeness
            : typeof completeness === 'object' && completeness !== null ? (completeness as { to?: number }).to : undefined;
          const resubmitted = e.data.resubmitted === true;
          return (
            <Timeline.Item key={i} title={<Text size="sm" fw={600}>{t(`handoffs.history.${resubmitted ? 'resubmitted' : e.event.replace('handoff.', '')}`)}</Text>}>
              <Text size="xs" c="dimmed">{[format.dateTime(e.at), e.actorName ?? t('handoffs.someone'), score !== undefined ? t('handoffs.history.score', { score }) : null].filter(Boolean).join(sep)}</Text>
              {typeof e.data.note === 'string' && <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap' }}>{e.data.note}</Text>}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
