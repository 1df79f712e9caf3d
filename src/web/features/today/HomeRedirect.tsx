/** `/`: a member who owns customer accounts starts on "follow today"; everyone else on the accounts list. */
import { Navigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { todayApi, todayKeys } from '../../api/today';
import { TableSkeleton } from '../../components/TableSkeleton';
import { useCan } from '../../session/use-session';

export function HomeRedirect() {
  const canRead = useCan('data.read');
  const list = useQuery({ queryKey: todayKeys.list('me'), queryFn: () => todayApi.list('me'), enabled: canRead });
  if (!canRead || list.isError) return <Navigate to="/accounts" replace />;
  if (list.isPending) return <TableSkeleton />;
  return <Navigate to={list.data.items.length > 0 ? '/today' : '/accounts'} replace />;
}
