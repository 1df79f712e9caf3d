/**
 * The account's MRR over time, rebuilt from each subscription's dated events: on every
 * date where something changed, the sum of each line's latest MRR, converted to the base
 * currency with the workspace's rates (lines without a rate are left out).
 */
import { convertMinor } from '../../../domain/money/currency';
import type { SubscriptionEvent } from '../../api/types';

export interface TrendPoint {
  day: string;
  mrr: number;
}

export function accountMrrTrend(
  eventsBySubscription: SubscriptionEvent[][], baseCurrency: string, rates: Readonly<Record<string, number>>, today: string,
): TrendPoint[] {
  const lines = eventsBySubscription.map((events) => [...events].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn)));
  const days = [...new Set(lines.flat().map((e) => e.effectiveOn))].sort();
  if (days.length === 0) return [];
  if (days[days.length - 1]! < today) days.push(today);
  return days.map((day) => ({
    day,
    mrr: lines.reduce((sum, events) => {
      const latest = events.filter((e) => e.effectiveOn <= day).at(-1);
      if (!latest) return sum;
      try {
        return sum + convertMinor(latest.mrr, latest.currency, baseCurrency, rates);
      } catch {
        return sum;
      }
    }, 0),
  }));
}
