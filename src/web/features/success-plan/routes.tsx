/**
 * The success-plan screens that live outside the app shell (the print layout and the public
 * page), each loaded on demand behind its own Suspense, plus the portfolio page inside it.
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from '@mantine/core';

const PublicPlanPage = lazy(() => import('./PublicPlanPage').then((m) => ({ default: m.PublicPlanPage })));
const PrintPlanPage = lazy(() => import('./PrintPlanPage').then((m) => ({ default: m.PrintPlanPage })));
export const SuccessPlanPortfolioPage = lazy(() => import('./PortfolioPage').then((m) => ({ default: m.PortfolioPage })));

const loading = <div className="kz-plan-page" style={{ maxWidth: 960, margin: '0 auto', padding: 32 }}><Skeleton h={400} /></div>;

export function PublicPlanRoute() {
  return <Suspense fallback={loading}><PublicPlanPage /></Suspense>;
}

export function PrintPlanRoute() {
  return <Suspense fallback={loading}><PrintPlanPage /></Suspense>;
}
