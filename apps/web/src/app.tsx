import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n/i18n.context.js';
import { AreaGate } from './layout/area-gate.js';
import { LoadingScreen } from './layout/loading-screen.js';
import { PublicLayout } from './layout/public-layout.js';
import { StaffLayout } from './layout/staff-layout.js';
import { AfterActionPage } from './pages/after-action.page.js';
import { AlertsPage } from './pages/alerts.page.js';
import { CommandEvacuationPage } from './pages/command-evacuation.page.js';
import { CommandOperationsPage } from './pages/command-operations.page.js';
import { CommandPage } from './pages/command.page.js';
import { FieldPage } from './pages/field.page.js';
import { LiaisonPage } from './pages/liaison.page.js';
import { LoginPage } from './pages/login.page.js';
import { NotFoundPage } from './pages/not-found.page.js';
import { homePath } from './session/role-access.js';
import { SessionProvider, useSession } from './session/session.context.js';
import type { SessionStore } from './session/session.store.js';

/** `/`: staff go to their home page; everyone else to the public alerts, which residents come for. */
function StartRedirect() {
  const session = useSession();
  if (session.status === 'restoring') return <LoadingScreen message="app.restoringSession" />;
  return <Navigate to={session.status === 'authenticated' ? homePath(session.user.role) : '/alerts'} replace />;
}

export function App({ session }: { session: SessionStore }) {
  return (
    <I18nProvider>
      <SessionProvider store={session}>
        <BrowserRouter>
          <Routes>
            <Route index element={<StartRedirect />} />
            <Route
              path="login"
              element={
                <PublicLayout live={false} variant="login">
                  <LoginPage />
                </PublicLayout>
              }
            />
            <Route
              path="alerts/*"
              element={
                <PublicLayout live variant="alerts">
                  <AlertsPage />
                </PublicLayout>
              }
            />
            <Route element={<StaffLayout />}>
              <Route path="command/operations" element={<AreaGate area="command"><CommandOperationsPage /></AreaGate>} />
              <Route path="command/evacuation" element={<AreaGate area="command"><CommandEvacuationPage /></AreaGate>} />
              <Route path="command/after-action" element={<AreaGate area="command"><AfterActionPage /></AreaGate>} />
              <Route path="command/*" element={<AreaGate area="command"><CommandPage /></AreaGate>} />
              <Route path="field/*" element={<AreaGate area="field"><FieldPage /></AreaGate>} />
              <Route path="liaison/*" element={<AreaGate area="liaison"><LiaisonPage /></AreaGate>} />
            </Route>
            <Route
              path="*"
              element={
                <PublicLayout live={false} variant="message">
                  <NotFoundPage />
                </PublicLayout>
              }
            />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
