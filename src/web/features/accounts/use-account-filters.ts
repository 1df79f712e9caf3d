/**
 * The accounts list's search, filters and sort live in the URL, so a filtered list can be
 * bookmarked or shared and Back returns to it as it was.
 */
import { useSearchParams } from 'react-router-dom';
import { ACCOUNT_STATUSES, SIZE_BANDS, type AccountStatus, type SizeBand } from '../../../domain/accounts/fields';
import type { AccountQuery, AccountSort, HealthFilter } from '../../api/types';

const SORTS: readonly AccountSort[] = ['name', '-name', 'mrr', '-mrr', 'renewal', '-renewal', '-created', 'health', '-health'];
export const HEALTH_FILTERS: readonly HealthFilter[] = ['red', 'yellow', 'green', 'none'];
export const FILTER_KEYS = ['owner', 'plan', 'industry', 'sizeBand', 'status', 'health'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function useAccountFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const sizeBand = params.get('sizeBand');
  const sort = params.get('sort');
  const health = params.get('health');
  const query: AccountQuery = {
    q: params.get('q') ?? undefined,
    owner: params.get('owner') ?? undefined,
    plan: params.get('plan') ?? undefined,
    industry: params.get('industry') ?? undefined,
    sizeBand: SIZE_BANDS.includes(sizeBand as SizeBand) ? (sizeBand as SizeBand) : undefined,
    status: ACCOUNT_STATUSES.includes(status as AccountStatus) ? (status as AccountStatus) : undefined,
    health: HEALTH_FILTERS.includes(health as HealthFilter) ? (health as HealthFilter) : undefined,
    sort: SORTS.includes(sort as AccountSort) ? (sort as AccountSort) : 'name',
  };

  const update = (changes: Partial<Record<'q' | 'sort' | FilterKey, string | null>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    }, { replace: true });
  };

  const activeFilters = FILTER_KEYS.filter((key) => query[key] !== undefined).length + (query.q ? 1 : 0);
  const clear = () => update({ q: null, owner: null, plan: null, industry: null, sizeBand: null, status: null, health: null });
  return { query, update, clear, activeFilters };
}
