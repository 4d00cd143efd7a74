import { Navigate, Outlet, useLocation } from 'react-router';
import { FieldRestoring } from '../field/field-restoring.js';
import { LiveConnectionProvider } from '../realtime/live-connection.context.js';
import { areaOfPath, isKioskLocation } from '../session/role-access.js';
import { useSession, useSessionStore } from '../session/session.context.js';
import { AppHeader } from './app-header.js';
import { LoadingScreen } from './loading-screen.js';
import { SkipLink } from './skip-link.js';

/** Signed-in pages: waits for a kept session, sends anonymous visitors to sign in, and holds the live connection. */
export function StaffLayout() {
  const session = useSession();
  const store = useSessionStore();
  const location = useLocation();

  // The field app works without a network: it opens on what the phone kept instead of waiting for the session.
  if (session.status === 'restoring') return areaOfPath(location.pathname) === 'field' ? <FieldRestoring /> : <LoadingScreen message="app.restoringSession" />;
  if (session.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  const area = areaOfPath(location.pathname);
  const kiosk = isKioskLocation(location.pathname, location.search);
  return (
    // Keyed by user: a different account gets a fresh connection with its own token and rooms.
    <LiveConnectionProvider
      key={session.user.id}
      options={{ token: () => store.getAccessToken(), renewCredentials: () => store.refresh() }}
    >
      <div className={`shell shell--staff${area ? ` shell--${area}` : ''}${kiosk ? ' shell--kiosk' : ''}`}>
        <SkipLink />
        <AppHeader user={session.user} live compact={kiosk} />
        <main id="main" className="page" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </LiveConnectionProvider>
  );
}
