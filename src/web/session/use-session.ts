/** Who is signed in and what they may do (GET /me), shared by every screen through the query cache. */
import { useQuery } from '@tanstack/react-query';
import type { Permission } from '../../domain/people/roles';
import { api, keys } from '../api/client';
import type { Me } from '../api/types';

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: api.me, retry: false, staleTime: 60_000 });
}

/** The signed-in person; only for components rendered inside SessionGate. */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside SessionGate');
  return data;
}

/** Whether the signed-in person holds a permission; write actions hide or disable on false. */
export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return data?.permissions.includes(permission) ?? false;
}
