/** A sparkline of the account's MRR beside the figure in the header (shown once there is a change to draw). */
import { lazy, Suspense, useMemo } from 'react';
import type { Account } from '../../api/types';
import { formatDate, formatMoney, todayIso } from '../../lib/format';
import { useFormat } from '../../lib/use-format';
import { accountMrrTrend } from './mrr-trend';
import { useSubscriptionHistories } from './use-subscription-history';

const Sparkline = lazy(() => import('../../components/Sparkline').then((m) => ({ default: m.Sparkline })));

export function AccountMrrTrend({ account }: { account: Account }) {
  const format = useFormat();
  const { histories, workspace, ready } = useSubscriptionHistories(account.id);
  const { locale } = format;
  const points = useMemo(() => {
    if (!ready || !workspace.data) return [];
    return accountMrrTrend(histories, workspace.data.baseCurrency, workspace.data.exchangeRates, todayIso())
      .map((p) => ({ label: formatDate(p.day, locale), value: p.mrr }));
  }, [ready, histories, workspace.data, locale]);
  const formatValue = useMemo(() => (v: number) => formatMoney(v, account.currency, locale), [locale, account.currency]);
  // A flat line says nothing the figure beside it does not; draw only when MRR has moved.
  if (points.length < 2 || points.every((p) => p.value === points[0]?.value)) return null;
  return (
    <Suspense fallback={null}>
      <Sparkline points={points} width={96} height={28} formatValue={formatValue} />
    </Suspense>
  );
}
