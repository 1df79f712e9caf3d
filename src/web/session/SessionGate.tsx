/**
 * Guards the app: sends a fresh install to first-run setup and a signed-out visitor to
 * sign-in (remembering where they were going), and adopts the profile's language when
 * this device has no choice of its own.
 */
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api, keys } from '../api/client';
import { isApiError } from '../api/http';
import { currentLocale, setLocale, storedLocale } from '../i18n';
import { FullPageLoader } from '../components/FullPageLoader';
import { QueryError } from '../components/QueryError';
import { useMe } from './use-session';

export function SessionGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const setup = useQuery({ queryKey: keys.setup, queryFn: api.setupStatus, staleTime: Infinity });
  const me = useMe();

  useEffect(() => {
    const profileLocale = me.data?.user.locale;
    if (profileLocale && !storedLocale() && profileLocale !== currentLocale()) setLocale(profileLocale, false);
  }, [me.data?.user.locale]);

  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  if (me.isPending || setup.isPending) return <FullPageLoader />;
  if (me.isError) {
    if (isApiError(me.error) && (me.error.status === 401 || me.error.status === 403)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
    }
    return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <>{children}</>;
}
