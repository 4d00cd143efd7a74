import type { ReactNode } from 'react';
import { LiveConnectionProvider } from '../realtime/live-connection.context.js';
import { useSession } from '../session/session.context.js';
import { AppHeader } from './app-header.js';
import { SkipLink } from './skip-link.js';

const ANONYMOUS = { token: () => undefined };

/** Pages anyone may open. The resident page keeps an anonymous live connection; the sign-in page needs none. */
export function PublicLayout({ live, variant, children }: { live: boolean; variant: string; children: ReactNode }) {
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : undefined;
  const shell = (
    <div className={`shell shell--public shell--${variant}`}>
      <SkipLink />
      <AppHeader user={user} live={live} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
  return live ? <LiveConnectionProvider options={ANONYMOUS}>{shell}</LiveConnectionProvider> : shell;
}
