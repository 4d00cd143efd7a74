import { useEffect } from 'react';
import type { AuthUser } from '@app/contracts';
import type { SessionStore } from '../session/session.store.js';
import { clearPersonalCache, fieldDbAvailable, writeFieldSession, type StoredFieldSession } from './field-db.js';

/** When an access token runs out, read from its `exp` claim; undefined when it is not a readable JWT. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Tokens without a readable expiry are trusted for this long. */
const FALLBACK_LIFETIME_MS = 5 * 60_000;

export function storedSessionFor(token: string, user: Pick<AuthUser, 'id' | 'displayName'>, now: number): StoredFieldSession {
  return { accessToken: token, expiresAt: tokenExpiry(token) ?? now + FALLBACK_LIFETIME_MS, userId: user.id, displayName: user.displayName };
}

/**
 * Keeps the current access token in IndexedDB for the service worker, which sends the outbox while no page is open
 * (Background Sync). A new token replaces it after every refresh; signing out removes it, with the tasks, residents and
 * teams kept on the phone (the outbox stays: it is sent once the account signs in again).
 */
export function useFieldSessionForWorker(store: SessionStore, user: AuthUser): void {
  useEffect(() => {
    if (!fieldDbAvailable()) return;
    let written: string | undefined;
    const sync = () => {
      const snapshot = store.getSnapshot();
      if (snapshot.status === 'anonymous') {
        written = undefined;
        void writeFieldSession(undefined).catch(() => undefined);
        void clearPersonalCache().catch(() => undefined);
        return;
      }
      const token = store.getAccessToken();
      if (!token || token === written) return;
      written = token;
      void writeFieldSession(storedSessionFor(token, user, Date.now())).catch(() => undefined);
    };
    sync();
    return store.subscribe(sync);
  }, [store, user]);
}
