import { useMemo } from 'react';
import type { AuthUser } from '@app/contracts';
import type { FieldAccess } from '../field/field-access.js';
import { useFieldSessionForWorker } from '../field/field-session.js';
import { FieldWorkspace } from '../field/field-workspace.js';
import { LoadingScreen } from '../layout/loading-screen.js';
import { useSession, useSessionStore } from '../session/session.context.js';

/** Field operations for inspectors and crew leads, laid out for a phone first and usable without a network. */
export function FieldPage() {
  const session = useSession();
  if (session.status !== 'authenticated') return <LoadingScreen message="app.restoringSession" />;
  return <SignedInField user={session.user} />;
}

function SignedInField({ user }: { user: AuthUser }) {
  const store = useSessionStore();
  useFieldSessionForWorker(store, user);
  const access = useMemo<FieldAccess>(
    () => ({ userId: user.id, displayName: user.displayName, token: async () => store.getAccessToken(), renew: () => store.refresh() }),
    [store, user],
  );
  return <FieldWorkspace access={access} live />;
}
