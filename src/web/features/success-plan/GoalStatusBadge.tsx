/** A goal's status as a coloured badge, and the flags that ask for attention. */
import { Badge, Group } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { GoalStatus } from '../../../domain/outcomes/goal-fields';
import type { GoalFlags } from '../../api/success-plans';

const COLORS: Record<GoalStatus, string> = {
  not_started: 'gray', on_track: 'teal', at_risk: 'orange', achieved: 'green', missed: 'red', dropped: 'gray',
};

export function GoalStatusBadge({ status, t }: { status: GoalStatus; t: TFunction }) {
  return <Badge color={COLORS[status]} variant={status === 'achieved' ? 'filled' : 'light'} radius="sm">{t(`successPlan.status.${status}`)}</Badge>;
}

/** Only the flags that are raised; nothing when all is well. */
export function GoalFlagBadges({ flags, t }: { flags: Partial<GoalFlags>; t: TFunction }) {
  const raised = (['reviewOverdue', 'atRisk', 'dueSoon', 'stale'] as const).filter((f) => flags[f]);
  if (raised.length === 0) return null;
  const color = { reviewOverdue: 'red', atRisk: 'orange', dueSoon: 'yellow', stale: 'gray' } as const;
  return (
    <Group gap={4}>
      {raised.map((f) => <Badge key={f} size="sm" variant="outline" color={color[f]} data-flag={f}>{t(`successPlan.flags.${f}`)}</Badge>)}
    </Group>
  );
}
