/** The log of re-agreements: when, which goal, what changed (before → after) and why. */
import { Stack, Text, Timeline } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { GoalReview } from '../../api/success-plans';
import type { Locale } from '../../api/types';
import { formatDate } from '../../lib/format';
import { changeText } from './goal-text';

interface Props {
  reviews: Array<Pick<GoalReview, 'goalTitle' | 'reviewedOn' | 'changes' | 'reason'> & { authorName?: string | null }>;
  t: TFunction;
  locale: Locale;
  showGoal?: boolean;
}

export function ReviewLog({ reviews, t, locale, showGoal = false }: Props) {
  if (reviews.length === 0) return <Text size="sm" c="dimmed">{t('successPlan.review.empty')}</Text>;
  return (
    <Timeline bulletSize={20} lineWidth={2} data-testid="review-log">
      {reviews.map((r, i) => {
        const changes = Object.entries(r.changes);
        return (
          <Timeline.Item key={`${r.reviewedOn}-${i}`} bullet={<IconRefresh size={12} />}
            title={<Text size="sm" fw={600}>{formatDate(r.reviewedOn, locale)}{showGoal ? ` — ${r.goalTitle}` : ''}</Text>}>
            <Stack gap={2}>
              {changes.length === 0
                ? <Text size="sm" c="dimmed">{t('successPlan.review.confirmed')}</Text>
                : changes.map(([field, change]) => <Text key={field} size="sm">{changeText(field, change, t, locale)}</Text>)}
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{t('successPlan.review.because')}{r.reason}</Text>
              {r.authorName && <Text size="xs" c="dimmed">{r.authorName}</Text>}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
