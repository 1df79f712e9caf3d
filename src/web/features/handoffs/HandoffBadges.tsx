/** The handoff's status and its completeness, as badges with one colour scheme everywhere. */
import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { completenessBand, type CompletenessBand } from '../../../domain/handoffs/bands';
import type { HandoffStatus } from '../../../domain/handoffs/status';

const STATUS_COLORS: Record<HandoffStatus, string> = { draft: 'gray', submitted: 'blue', returned: 'orange', accepted: 'teal' };
export const BAND_COLORS: Record<CompletenessBand | 'none', string> = { low: 'red', medium: 'yellow', high: 'teal', none: 'gray' };

export function HandoffStatusBadge({ status }: { status: HandoffStatus }) {
  const { t } = useTranslation();
  return <Badge color={STATUS_COLORS[status]} variant="light" data-testid="handoff-status">{t(`handoffs.status.${status}`)}</Badge>;
}

/** A short bar with the score beside it, for tables. */
export function CompletenessBar({ score }: { score: number }) {
  return (
    <Group gap="xs" wrap="nowrap" miw={120}>
      <Progress value={score} color={BAND_COLORS[completenessBand(score)]} w={80} size="sm" aria-hidden />
      <Text size="sm" fw={600}>{score}</Text>
    </Group>
  );
}
