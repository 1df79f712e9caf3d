/**
 * The queries behind the health tab: the current health, the scorecard version it was computed
 * with (measure sources and band thresholds), the history, and the sentiments; and waiting for
 * the server's rescore after a write (its worker rescores within about a second).
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { keys } from '../../../api/client';
import { healthApi, healthKeys, type AccountHealth } from '../../../api/health';

export const HISTORY_DAYS = 180;

export function useAccountHealth(accountId: string) {
  return useQuery({ queryKey: healthKeys.account(accountId), queryFn: () => healthApi.accountHealth(accountId) });
}

/** The exact version the score was computed with; versions never change once saved. */
export function useScorecardVersion(health: AccountHealth | null | undefined) {
  const scorecardId = health?.scorecard.id;
  const versions = useQuery({
    queryKey: healthKeys.scorecardVersions(scorecardId ?? ''),
    queryFn: () => healthApi.scorecardVersions(scorecardId ?? ''),
    enabled: Boolean(scorecardId),
    staleTime: 5 * 60_000,
  });
  return versions.data?.items.find((v) => v.version === health?.scorecard.version) ?? versions.data?.items[0];
}

export function useHealthHistory(accountId: string) {
  return useQuery({ queryKey: healthKeys.history(accountId, HISTORY_DAYS), queryFn: () => healthApi.history(accountId, HISTORY_DAYS) });
}

export function useSentiments(accountId: string) {
  return useQuery({ queryKey: healthKeys.sentiments(accountId), queryFn: () => healthApi.sentiments(accountId) });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls the account's health until its computedAt moves past `before` (or about 6 s pass),
 * then refreshes the history, the account header and the accounts list, which show the score too.
 */
export async function awaitRescore(queryClient: QueryClient, accountId: string, before: string | null): Promise<void> {
  const deadline = Date.now() + 6000;
  let delay = 250;
  while (Date.now() < deadline) {
    await sleep(delay);
    delay = Math.min(delay * 1.5, 800);
    const next = await queryClient.fetchQuery({
      queryKey: healthKeys.account(accountId), queryFn: () => healthApi.accountHealth(accountId), staleTime: 0,
    });
    if (next && next.computedAt !== before) break;
  }
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: healthKeys.account(accountId) }),
    queryClient.invalidateQueries({ queryKey: keys.accounts }),
  ]);
}
