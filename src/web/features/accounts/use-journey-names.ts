/** The names of the workspace's touch tiers and phases by key, for showing an account's tier and phase. */
import { useQuery } from '@tanstack/react-query';
import { phaseApi, phaseKeys } from '../../api/phases';
import { tierApi, tierKeys } from '../../api/tiers';

export function useJourneyNames(): { tierName: (key: string | null) => string | null; phaseName: (key: string | null) => string | null } {
  const tiers = useQuery({ queryKey: tierKeys.list(), queryFn: tierApi.list, staleTime: 60_000 });
  const phases = useQuery({ queryKey: phaseKeys.list(), queryFn: phaseApi.list, staleTime: 60_000 });
  const tierNames = new Map((tiers.data?.tiers ?? []).map((tier) => [tier.key, tier.name]));
  const phaseNames = new Map((phases.data?.items ?? []).map((phase) => [phase.key, phase.name]));
  return {
    tierName: (key) => (key === null ? null : tierNames.get(key) ?? key),
    phaseName: (key) => (key === null ? null : phaseNames.get(key) ?? key),
  };
}
