/** Coloured badges for account and subscription statuses, the same colour everywhere. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../../domain/accounts/fields';
import type { SubscriptionStatus } from '../../domain/subscriptions/mrr';

const ACCOUNT_COLORS: Record<AccountStatus, string> = {
  prospect: 'gray', trial: 'violet', active: 'teal', paused: 'yellow', churned: 'red',
};
const SUBSCRIPTION_COLORS: Record<SubscriptionStatus, string> = {
  trial: 'violet', active: 'teal', past_due: 'orange', paused: 'yellow', cancelled: 'red',
};

export function AccountStatusBadge({ status, size = 'sm' }: { status: AccountStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return <Badge color={ACCOUNT_COLORS[status]} size={size}>{t(`accountStatus.${status}`)}</Badge>;
}

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { t } = useTranslation();
  return <Badge color={SUBSCRIPTION_COLORS[status]} size="sm">{t(`subscriptionStatus.${status}`)}</Badge>;
}
