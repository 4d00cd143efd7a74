import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { REFRESH_TOKEN_KEY, type SessionState, type SessionStore } from './session.store.js';

const SessionContext = createContext<SessionStore | null>(null);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  useEffect(() => {
    void store.restore();
    const onStorage = (e: StorageEvent) => {
      if (e.key === REFRESH_TOKEN_KEY || e.key === null) store.handleStorageChange(e.key);
    };
    const onVisible = () => document.visibilityState === 'visible' && store.handleWakeUp();
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [store]);
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore must be used inside <SessionProvider>');
  return store;
}

export function useSession(): SessionState {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
