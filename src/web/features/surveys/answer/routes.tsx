/** The public answer page, outside the app shell and loaded on demand. */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@mantine/core';

const PublicSurveyPage = lazy(() => import('./PublicSurveyPage').then((m) => ({ default: m.PublicSurveyPage })));

export function PublicSurveyRoute() {
  return (
    <Suspense fallback={<div style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}><Skeleton h={480} radius="md" /></div>}>
      <PublicSurveyPage />
    </Suspense>
  );
}
