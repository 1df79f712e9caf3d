/**
 * The dashboard's interval, date range and segment live in the URL, so a view can be
 * bookmarked or shared. An absent range uses the server's default (12 months, 8 quarters
 * or 3 fiscal years to today).
 */
import { useSearchParams } from 'react-router-dom';
import type { MetricsInterval, RangeQuery } from '../../api/metrics';

const INTERVALS: readonly MetricsInterval[] = ['month', 'quarter', 'fiscal_year'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function useRevenueParams() {
  const [params, setParams] = useSearchParams();
  const interval = params.get('interval');
  const from = params.get('from');
  const to = params.get('to');
  const query: RangeQuery = {
    interval: INTERVALS.includes(interval as MetricsInterval) ? (interval as MetricsInterval) : 'month',
    from: from && ISO_DAY.test(from) ? from : undefined,
    to: to && ISO_DAY.test(to) ? to : undefined,
    segment: params.get('segment') ?? undefined,
  };

  const update = (changes: Partial<Record<'interval' | 'from' | 'to' | 'segment', string | null>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    }, { replace: true });
  };
  return { query, update };
}
