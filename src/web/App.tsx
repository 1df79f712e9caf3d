/** Routes. Screens load on demand so the first page stays light. */
import { lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { SessionGate } from './session/SessionGate';
import { AppLayout } from './features/shell/AppLayout';
import { SignInPage } from './features/session/SignInPage';
import { SetupPage } from './features/session/SetupPage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { PrintPlanRoute, PublicPlanRoute, SuccessPlanPortfolioPage } from './features/success-plan/routes';
import { HomeRedirect } from './features/today/HomeRedirect';
import { PublicSurveyRoute } from './features/surveys/answer/routes';

const AccountsPage = lazy(() => import('./features/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const AccountPage = lazy(() => import('./features/accounts/AccountPage').then((m) => ({ default: m.AccountPage })));
const ImportPage = lazy(() => import('./features/imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const RevenuePage = lazy(() => import('./features/revenue/RevenuePage').then((m) => ({ default: m.RevenuePage })));
const TargetsPage = lazy(() => import('./features/revenue/targets/TargetsPage').then((m) => ({ default: m.TargetsPage })));
const ExecutivePage = lazy(() => import('./features/executive/ExecutivePage').then((m) => ({ default: m.ExecutivePage })));
const HealthPage = lazy(() => import('./features/health/HealthPage').then((m) => ({ default: m.HealthPage })));
const ScorecardsPage = lazy(() => import('./features/health/scorecards/ScorecardsPage').then((m) => ({ default: m.ScorecardsPage })));
const ScorecardEditorPage = lazy(() => import('./features/health/scorecards/ScorecardEditorPage').then((m) => ({ default: m.ScorecardEditorPage })));
const BacktestPage = lazy(() => import('./features/health/backtest/BacktestPage').then((m) => ({ default: m.BacktestPage })));
const StakeholdersPage = lazy(() => import('./features/stakeholders/StakeholdersPage').then((m) => ({ default: m.StakeholdersPage })));
const MaturityPage = lazy(() => import('./features/maturity/MaturityPage').then((m) => ({ default: m.MaturityPage })));
const AssessmentFormPage = lazy(() => import('./features/maturity/AssessmentFormPage').then((m) => ({ default: m.AssessmentFormPage })));
const PhasesPage = lazy(() => import('./features/phases/PhasesPage').then((m) => ({ default: m.PhasesPage })));
const TouchModelPage = lazy(() => import('./features/tiers/TouchModelPage').then((m) => ({ default: m.TouchModelPage })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const TodayPage = lazy(() => import('./features/today/TodayPage').then((m) => ({ default: m.TodayPage })));
const TasksPage = lazy(() => import('./features/tasks/TasksPage').then((m) => ({ default: m.TasksPage })));
const PlaybooksPage = lazy(() => import('./features/playbooks/PlaybooksPage').then((m) => ({ default: m.PlaybooksPage })));
const PlaybookEditorPage = lazy(() => import('./features/playbooks/PlaybookEditorPage').then((m) => ({ default: m.PlaybookEditorPage })));
const HandoffsPage = lazy(() => import('./features/handoffs/HandoffsPage').then((m) => ({ default: m.HandoffsPage })));
const SurveysPage = lazy(() => import('./features/surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })));
const NewSurveyPage = lazy(() => import('./features/surveys/NewSurveyPage').then((m) => ({ default: m.NewSurveyPage })));
const SurveyPage = lazy(() => import('./features/surveys/SurveyPage').then((m) => ({ default: m.SurveyPage })));
const VocPage = lazy(() => import('./features/voc/VocPage').then((m) => ({ default: m.VocPage })));

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/setup', element: <SetupPage /> },
  { path: '/p/:token', element: <PublicPlanRoute /> },
  { path: '/s/:token', element: <PublicSurveyRoute /> },
  { path: '/accounts/:accountId/success-plan/print', element: <SessionGate><PrintPlanRoute /></SessionGate> },
  {
    path: '/',
    element: <SessionGate><AppLayout /></SessionGate>,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'today', element: <TodayPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/:accountId', element: <AccountPage /> },
      { path: 'health', element: <HealthPage /> },
      { path: 'health/scorecards', element: <ScorecardsPage /> },
      { path: 'health/scorecards/new', element: <ScorecardEditorPage /> },
      { path: 'health/scorecards/:scorecardId', element: <ScorecardEditorPage /> },
      { path: 'health/backtest', element: <BacktestPage /> },
      { path: 'revenue', element: <RevenuePage /> },
      { path: 'executive', element: <ExecutivePage /> },
      { path: 'stakeholders', element: <StakeholdersPage /> },
      { path: 'touch-model', element: <TouchModelPage /> },
      { path: 'phases', element: <PhasesPage /> },
      { path: 'revenue/targets', element: <TargetsPage /> },
      { path: 'success-plans', element: <SuccessPlanPortfolioPage /> },
      { path: 'maturity', element: <MaturityPage /> },
      { path: 'maturity/new', element: <AssessmentFormPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'handoffs', element: <HandoffsPage /> },
      { path: 'surveys', element: <SurveysPage /> },
      { path: 'surveys/new', element: <NewSurveyPage /> },
      { path: 'surveys/:surveyId/:tab?', element: <SurveyPage /> },
      { path: 'voc', element: <VocPage /> },
      { path: 'playbooks', element: <PlaybooksPage /> },
      { path: 'playbooks/:playbookId', element: <PlaybookEditorPage /> },
      { path: 'settings', element: <Navigate to="/settings/members" replace /> },
      { path: 'settings/:tab', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
