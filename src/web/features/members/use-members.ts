/** Members of the workspace: the owner (担当CSM) choices and the members settings list. */
import { useQuery } from '@tanstack/react-query';
import { api, keys } from '../../api/client';

export function useMembers() {
  return useQuery({ queryKey: keys.members, queryFn: api.members, staleTime: 60_000 });
}

/** Select options of the people who can own accounts. */
export function useOwnerOptions(): { value: string; label: string }[] {
  const members = useMembers();
  return (members.data?.items ?? [])
    .filter((m) => m.role !== 'viewer')
    .map((m) => ({ value: m.userId, label: m.name }));
}
