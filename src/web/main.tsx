/** Entry point: i18n, Mantine, the query cache and the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useLocale } from './lib/use-format';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './styles.css';
import { App } from './App';
import { isApiError } from './api/http';
import { keys } from './api/client';
import { initI18n } from './i18n';
import { theme } from './theme';

initI18n();

/** Calendars follow the UI language (dayjs locale); weeks start on Sunday as Japanese calendars do. */
function LocalizedDates({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return <DatesProvider settings={{ locale, firstDayOfWeek: 0 }}>{children}</DatesProvider>;
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      // A session that expired mid-use: refetch /me so the gate sends the person to sign-in.
      if (isApiError(error) && error.status === 401 && query.queryKey[0] !== keys.me[0]) {
        void queryClient.invalidateQueries({ queryKey: keys.me });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <LocalizedDates>
          <App />
        </LocalizedDates>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
