import { lazy, Suspense, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { I18nProvider } from './i18n';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { session } from './auth/session';
import { isApiError } from './api/problem';
import { Layout } from './components/Layout';
import { ErrorBox, Loading } from './components/ui';
import { SignInPage } from './pages/SignInPage';
import { NotFoundPage } from './pages/NotFoundPage';

const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const EmployeesPage = lazy(() => import('./pages/employees/EmployeesPage'));
const EmployeeProfilePage = lazy(() => import('./pages/employees/EmployeeProfilePage'));
const FrameworksPage = lazy(() => import('./pages/frameworks/FrameworksPage'));
const FrameworkPage = lazy(() => import('./pages/frameworks/FrameworkPage'));
const FrameworkImportPage = lazy(() => import('./pages/frameworks/FrameworkImportPage'));
const TnaPage = lazy(() => import('./pages/tna/TnaPage'));
const ProgramsPage = lazy(() => import('./pages/training/ProgramsPage'));
const ProgramPage = lazy(() => import('./pages/training/ProgramPage'));
const SessionsPage = lazy(() => import('./pages/training/SessionsPage'));
const SessionPage = lazy(() => import('./pages/training/SessionPage'));
const EvaluationsPage = lazy(() => import('./pages/evaluation/EvaluationsPage'));
const ExportsPage = lazy(() => import('./pages/ExportsPage'));
const ImportsPage = lazy(() => import('./pages/ImportsPage'));
const OrganisationPage = lazy(() => import('./pages/organisation/OrganisationPage'));
const PositionPage = lazy(() => import('./pages/organisation/PositionPage'));
const PlansPage = lazy(() => import('./pages/plans/PlansPage'));
const PlanPage = lazy(() => import('./pages/plans/PlanPage'));
const SurveysPage = lazy(() => import('./pages/evaluation/SurveysPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));
const MyDataPage = lazy(() => import('./pages/admin/MyDataPage'));
const CompliancePage = lazy(() => import('./pages/training/CompliancePage'));
const MyProfileRedirect = lazy(() => import('./pages/employees/MyProfileRedirect'));

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Errors the API meant (4xx) are shown at once; network and 5xx errors get one retry.
        retry: (count, error) => count < 1 && !(isApiError(error) && error.status < 500),
      },
    },
  });
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AuthProvider>
          <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

function RequireUser({ children }: { children: React.ReactNode }) {
  const { token, user, loading, error } = useAuth();
  const location = useLocation();
  if (!token) {
    const next = session.wasSignedOut() ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (loading) return <Loading />;
  if (!user) return <ErrorBox error={error ?? new Error('no user')} />;
  return <>{children}</>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireUser>
            <Layout />
          </RequireUser>
        }
      >
        <Route index element={<Lazy><DashboardPage /></Lazy>} />
        <Route path="me" element={<Lazy><MyProfileRedirect /></Lazy>} />
        <Route path="employees" element={<Lazy><EmployeesPage /></Lazy>} />
        <Route path="employees/:id" element={<Lazy><EmployeeProfilePage /></Lazy>} />
        <Route path="frameworks" element={<Lazy><FrameworksPage /></Lazy>} />
        <Route path="frameworks/import" element={<Lazy><FrameworkImportPage /></Lazy>} />
        <Route path="frameworks/:id" element={<Lazy><FrameworkPage /></Lazy>} />
        <Route path="tna" element={<Lazy><TnaPage /></Lazy>} />
        <Route path="training/programs" element={<Lazy><ProgramsPage /></Lazy>} />
        <Route path="training/programs/:id" element={<Lazy><ProgramPage /></Lazy>} />
        <Route path="training/sessions" element={<Lazy><SessionsPage /></Lazy>} />
        <Route path="training/sessions/:id" element={<Lazy><SessionPage /></Lazy>} />
        <Route path="learning-hours" element={<Lazy><CompliancePage /></Lazy>} />
        <Route path="evaluations" element={<Lazy><EvaluationsPage /></Lazy>} />
        <Route path="exports" element={<Lazy><ExportsPage /></Lazy>} />
        <Route path="imports" element={<Lazy><ImportsPage /></Lazy>} />
        <Route path="organisation" element={<Lazy><OrganisationPage /></Lazy>} />
        <Route path="organisation/positions/:id" element={<Lazy><PositionPage /></Lazy>} />
        <Route path="plans" element={<Lazy><PlansPage /></Lazy>} />
        <Route path="plans/:id" element={<Lazy><PlanPage /></Lazy>} />
        <Route path="surveys" element={<Lazy><SurveysPage /></Lazy>} />
        <Route path="admin" element={<Lazy><AdminPage /></Lazy>} />
        <Route path="me/data" element={<Lazy><MyDataPage /></Lazy>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
