/** Subscriptions of an account with their event histories, and the workspace rates to add them up. */
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, keys } from '../../api/client';
import type { SubscriptionEvent } from '../../api/types';

export function useSubscriptions(accountId: string) {
  return useQuery({ queryKey: keys.subscriptions(accountId), queryFn: () => api.subscriptions(accountId) });
}

export function useSubscriptionHistories(accountId: string) {
  const subscriptions = useSubscriptions(accountId);
  const ids = subscriptions.data?.items.map((s) => s.id) ?? [];
  // `combine` keeps the result referentially stable while the data is unchanged, so charts
  // built from it do not redraw on every render.
  const events = useQueries({
    queries: ids.map((id) => ({ queryKey: keys.subscriptionEvents(id), queryFn: () => api.subscriptionEvents(id), staleTime: 60_000 })),
    combine: (results) => ({
      ready: results.every((r) => r.isSuccess),
      histories: results.map((r) => r.data?.items ?? []) as SubscriptionEvent[][],
    }),
  });
  const workspace = useQuery({ queryKey: keys.workspace, queryFn: api.workspace, staleTime: 300_000 });
  const ready = subscriptions.isSuccess && workspace.isSuccess && events.ready;
  return { subscriptions, workspace, histories: events.histories, ready };
}
