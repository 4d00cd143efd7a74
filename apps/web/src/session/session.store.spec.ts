import { describe, expect, it } from 'vitest';
import type { AuthUser } from '@app/contracts';
import { ApiRequestError, NetworkError, type AuthApi, type RefreshResponse } from './auth-api.js';
import { REFRESH_TOKEN_KEY, SessionStore } from './session.store.js';

const user: AuthUser = { id: 'u1', username: 'commander', role: 'commander', displayName: 'Duty Commander' };

/** A fake api that rotates refresh tokens like the server: each token is good once. */
function fakeWorld() {
  let counter = 0;
  const valid = new Set<string>();
  const calls: string[] = [];
  const issue = (): RefreshResponse => {
    counter++;
    valid.add(`rt${counter}`);
    return { accessToken: `at${counter}`, expiresIn: 900, refreshToken: `rt${counter}` };
  };
  const api: AuthApi = {
    login: async (username, password) => {
      calls.push(`login ${username}`);
      if (password !== 'right') throw new ApiRequestError(401, 'invalid_credentials', 'wrong');
      return { ...issue(), user };
    },
    refresh: async (token) => {
      calls.push(`refresh ${token}`);
      if (!valid.delete(token)) throw new ApiRequestError(401, 'invalid_refresh_token', 'refused');
      return issue();
    },
    me: async (token) => {
      calls.push(`me ${token}`);
      return user;
    },
    logout: async (token) => {
      calls.push(`logout ${token}`);
      valid.delete(token);
    },
  };
  const data = new Map<string, string>();
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  const timers: { fn: () => void; ms: number }[] = [];
  const fetched: string[] = [];
  let answer401For = new Set<string>();
  const fetchFn = (async (_path: string, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get('Authorization') ?? '';
    fetched.push(auth);
    const status = answer401For.has(auth) ? 401 : 200;
    return new Response(JSON.stringify(status === 200 ? { ok: true } : { statusCode: 401, code: 'token_expired', message: 'x' }), { status });
  }) as typeof fetch;
  const store = () =>
    new SessionStore({
      api,
      fetch: fetchFn,
      storage,
      withLock: (_name, fn) => fn(),
      now: () => 0,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
  return { api, calls, data, timers, fetched, store, set401: (s: string[]) => (answer401For = new Set(s)), valid };
}

describe('SessionStore', () => {
  it('signs in, keeps the refresh token and schedules a refresh shortly before expiry', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    expect(store.getSnapshot()).toEqual({ status: 'authenticated', user });
    expect(store.getAccessToken()).toBe('at1');
    expect(w.data.get(REFRESH_TOKEN_KEY)).toBe('rt1');
    const last = w.timers.at(-1)!;
    expect(last.ms).toBeLessThan(900_000);
    expect(last.ms).toBeGreaterThanOrEqual(800_000);
  });

  it('stays anonymous after wrong credentials', async () => {
    const w = fakeWorld();
    const store = w.store();
    await expect(store.login('commander', 'wrong')).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(store.getSnapshot().status).toBe('anonymous');
    expect(w.data.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('restores a kept session after a reload', async () => {
    const w = fakeWorld();
    await w.store().login('commander', 'right');
    const reloaded = w.store();
    expect(reloaded.getSnapshot().status).toBe('restoring');
    await reloaded.restore();
    expect(reloaded.getSnapshot()).toEqual({ status: 'authenticated', user });
    expect(w.calls).toContain('refresh rt1');
    expect(w.data.get(REFRESH_TOKEN_KEY)).toBe('rt2');
  });

  it('always refreshes with the newest token in storage, so tabs never reuse a rotated one', async () => {
    const w = fakeWorld();
    const tabA = w.store();
    await tabA.login('commander', 'right');
    const tabB = w.store();
    await tabB.restore(); // rotates rt1 → rt2
    expect(await tabA.refresh()).toBe(true); // must use rt2, not the rt1 it received itself
    expect(w.calls.filter((c) => c.startsWith('refresh'))).toEqual(['refresh rt1', 'refresh rt2']);
    expect(tabA.getSnapshot().status).toBe('authenticated');
  });

  it('refreshes once when a call answers 401, then repeats the call with the new token', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    w.set401(['Bearer at1']);
    await expect(store.request('GET', '/api/anything')).resolves.toEqual({ ok: true });
    expect(w.fetched).toEqual(['Bearer at1', 'Bearer at2']);
  });

  it('ends the session with a notice when the refresh token is refused', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    w.valid.clear();
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', notice: 'sessionEnded' });
    expect(w.data.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('keeps the session when the server cannot be reached, and retries later', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    w.api.refresh = async () => {
      throw new NetworkError(new Error('offline'));
    };
    const before = w.timers.length;
    expect(await store.refresh()).toBe(false);
    expect(store.getSnapshot().status).toBe('authenticated');
    expect(w.timers.length).toBe(before + 1);
  });

  it('signs out: revokes the refresh token on the server and forgets it here', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    await store.logout();
    expect(w.calls).toContain('logout rt1');
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', notice: 'signedOut' });
    expect(store.getAccessToken()).toBeUndefined();
    expect(w.data.has(REFRESH_TOKEN_KEY)).toBe(false);
  });

  it('signs out when another tab signed out', async () => {
    const w = fakeWorld();
    const store = w.store();
    await store.login('commander', 'right');
    w.data.delete(REFRESH_TOKEN_KEY);
    store.handleStorageChange(REFRESH_TOKEN_KEY);
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', notice: 'signedOut' });
  });
});
