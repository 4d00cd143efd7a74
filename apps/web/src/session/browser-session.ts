import { createAuthApi } from './auth-api.js';
import { SessionStore } from './session.store.js';

function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The session store wired to this browser: fetch, localStorage, Web Locks (where the browser has them) and timers. */
export function createBrowserSession(): SessionStore {
  return new SessionStore({
    api: createAuthApi(),
    fetch: (...args) => fetch(...args),
    storage: localStorageOrNothing(),
    withLock: (name, fn) => (navigator.locks ? navigator.locks.request(name, fn) : fn()),
    now: () => Date.now(),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  });
}
