import type { ReactNode } from 'react';
import { NotPermittedPage } from '../pages/not-permitted.page.js';
import { mayEnter, type StaffArea } from '../session/role-access.js';
import { useSession } from '../session/session.context.js';

/** Renders the area only for roles that may use it; anyone else sees "not permitted" and none of the area's content. */
export function AreaGate({ area, children }: { area: StaffArea; children: ReactNode }) {
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  if (!mayEnter(session.user.role, area)) return <NotPermittedPage role={session.user.role} />;
  return <>{children}</>;
}
