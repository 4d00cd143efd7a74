import type { AuthUser } from '@app/contracts';
import { ApiRequestError, NetworkError, requestJson, type AuthApi } from './auth-api.js';

export type SessionNotice = 'sessionEnded' | 'signedOut';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'anonymous'; notice?: SessionNotice }
  | { status: 'authenticated'; user: AuthUser };

export interface SessionEnvironment {
  api: AuthApi;
  fetch: typeof fetch;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** Runs `fn` while holding a lock shared by every tab of this origin (Web Locks), or directly where there are none. */
  withLock<T>(name: string, fn: () => Promise<T>): Promise<T>;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const REFRESH_TOKEN_KEY = 'qinao.refreshToken';
const REFRESH_LOCK = 'qinao.refresh';
const RETRY_AFTER_NETWORK_ERROR_MS = 15_000;

/**
 * The signed-in staff session. The access token lives only in memory; the rotating refresh token is kept in
 * localStorage so a reload or a new tab stays signed in. Refreshing happens shortly before the access token expires
 * and once after a 401. All tabs share one refresh token, and the server revokes the whole family when an old one is
 * reused, so refreshes run one at a time across tabs and always read the newest token from storage.
 */
export class SessionStore {
  private state: SessionState;
  private accessToken: string | undefined;
  private expiresAt = 0;
  private refreshTimer: unknown;
  private refreshing: Promise<boolean> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly env: SessionEnvironment) {
    // A kept refresh token means a session is on its way: pages wait for it instead of sending the user to sign in.
    this.state = this.storedRefreshToken() ? { status: 'restoring' } : { status: 'anonymous' };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionState => this.state;

  getAccessToken(): string | undefined {
    return this.accessToken;
  }

  /** Picks up a session kept from earlier (reload, new tab), if there is one. */
  async restore(): Promise<void> {
    if (!this.storedRefreshToken()) {
      this.setState({ status: 'anonymous' });
      return;
    }
    this.setState({ status: 'restoring' });
    await this.refresh();
  }

  async login(username: string, password: string): Promise<AuthUser> {
    const response = await this.env.api.login(username, password);
    this.accept(response.accessToken, response.expiresIn, response.refreshToken);
    this.setState({ status: 'authenticated', user: response.user });
    return response.user;
  }

  async logout(): Promise<void> {
    const refreshToken = this.storedRefreshToken();
    const accessToken = this.accessToken;
    this.end('signedOut');
    if (refreshToken) {
      // Signing out locally must work even when the server cannot be reached; the token then simply expires.
      await this.env.api.logout(refreshToken, accessToken).catch(() => undefined);
    }
  }

  /**
   * Gets a new token pair. Resolves true when the session is usable afterwards; false when the server could not be
   * reached (a retry is scheduled) or the session has ended (refresh token refused).
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.env
      .withLock(REFRESH_LOCK, () => this.refreshOnce())
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** A same-origin api call with the access token; on a 401 it refreshes once and tries again. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    try {
      return await requestJson<T>(this.env.fetch, method, path, { body, token: this.accessToken });
    } catch (err) {
      if (!(err instanceof ApiRequestError) || err.status !== 401) throw err;
      if (!(await this.refresh())) throw err;
      return requestJson<T>(this.env.fetch, method, path, { body, token: this.accessToken });
    }
  }

  /** Another tab signed out (its refresh token disappeared from storage): sign out here too. */
  handleStorageChange(key: string | null): void {
    if ((key === REFRESH_TOKEN_KEY || key === null) && !this.storedRefreshToken() && this.state.status === 'authenticated') {
      this.end('signedOut');
    }
  }

  /** After the tab slept (timers are throttled in the background), refresh at once if the token is due. */
  handleWakeUp(): void {
    if (this.state.status === 'authenticated' && this.env.now() >= this.refreshDueAt()) void this.refresh();
  }

  private async refreshOnce(): Promise<boolean> {
    const refreshToken = this.storedRefreshToken();
    if (!refreshToken) {
      this.end(this.state.status === 'authenticated' ? 'sessionEnded' : undefined);
      return false;
    }
    try {
      const pair = await this.env.api.refresh(refreshToken);
      this.accept(pair.accessToken, pair.expiresIn, pair.refreshToken);
      const user = pair.user ?? (this.state.status === 'authenticated' ? this.state.user : await this.env.api.me(pair.accessToken));
      this.setState({ status: 'authenticated', user });
      return true;
    } catch (err) {
      if (err instanceof NetworkError || (err instanceof ApiRequestError && err.status >= 500)) {
        this.schedule(RETRY_AFTER_NETWORK_ERROR_MS, () => void this.refresh());
        return false;
      }
      // 400/401: the refresh token expired, was revoked, or was reused: the session is over.
      this.end(this.state.status === 'restoring' ? undefined : 'sessionEnded');
      return false;
    }
  }

  private accept(accessToken: string, expiresIn: number, refreshToken: string): void {
    this.accessToken = accessToken;
    this.expiresAt = this.env.now() + expiresIn * 1000;
    try {
      this.env.storage?.setItem(REFRESH_TOKEN_KEY, refreshToken);
    } catch {
      // Storage refused (private mode, quota): the session still works in this tab until it is closed.
    }
    this.schedule(Math.max(1_000, this.refreshDueAt() - this.env.now()), () => void this.refresh());
  }

  /** Shortly before expiry: a minute early, or a fifth of the lifetime for short-lived tokens. */
  private refreshDueAt(): number {
    const lifetime = this.expiresAt - this.env.now();
    return this.expiresAt - Math.min(60_000, Math.max(0, lifetime) / 5);
  }

  private end(notice: SessionNotice | undefined): void {
    this.accessToken = undefined;
    this.expiresAt = 0;
    if (this.refreshTimer !== undefined) this.env.clearTimer(this.refreshTimer);
    this.refreshTimer = undefined;
    try {
      this.env.storage?.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // nothing kept, nothing to remove
    }
    this.setState(notice ? { status: 'anonymous', notice } : { status: 'anonymous' });
  }

  private schedule(ms: number, fn: () => void): void {
    if (this.refreshTimer !== undefined) this.env.clearTimer(this.refreshTimer);
    this.refreshTimer = this.env.setTimer(() => {
      this.refreshTimer = undefined;
      fn();
    }, ms);
  }

  private storedRefreshToken(): string | undefined {
    try {
      return this.env.storage?.getItem(REFRESH_TOKEN_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private setState(next: SessionState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
