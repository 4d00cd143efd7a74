import { Injectable } from '@nestjs/common';
import { AccountSessionRepository, type AccountSessionState } from './account-session.repository.js';

/**
 * How long a process trusts what it read about an account. This is the bound on revocation across api processes:
 * a deactivation, role change or password reset committed on one process is refused by every other one at most this
 * long later (the process that made the change forgets its entry at once).
 */
export const ACCOUNT_SESSION_CACHE_MS = 2_000;
/** Far above any real number of staff; past it the cache starts over rather than grow. */
const MAX_ENTRIES = 20_000;

interface Entry {
  state: AccountSessionState | null;
  readAt: number;
}

type Listener = (userId: string) => void;

/**
 * Per-process cache of account states for the check every authenticated request and socket makes. Entries live
 * ACCOUNT_SESSION_CACHE_MS; concurrent misses for one account share one query; a read that started before an
 * invalidation is not cached, so it cannot bring back the state the invalidation removed.
 */
@Injectable()
export class AccountSessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<AccountSessionState | null>>();
  private readonly generations = new Map<string, number>();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly accounts: AccountSessionRepository) {}

  /** The account's state, at most ACCOUNT_SESSION_CACHE_MS old; null when the account does not exist. */
  async get(userId: string): Promise<AccountSessionState | null> {
    const entry = this.entries.get(userId);
    if (entry && Date.now() - entry.readAt < ACCOUNT_SESSION_CACHE_MS) return entry.state;
    const pending = this.loading.get(userId);
    if (pending) return pending;
    const load: Promise<AccountSessionState | null> = this.read([userId])
      .then((states) => states.get(userId) ?? null)
      .finally(() => {
        if (this.loading.get(userId) === load) this.loading.delete(userId);
      });
    this.loading.set(userId, load);
    return load;
  }

  /** Reads the accounts now (one query), bypassing and refreshing the cache. */
  read(userIds: readonly string[]): Promise<Map<string, AccountSessionState | null>> {
    const generations = userIds.map((id) => this.generations.get(id) ?? 0);
    const readAt = Date.now();
    return this.accounts.states(userIds).then((found) => {
      if (this.entries.size > MAX_ENTRIES) this.entries.clear();
      const states = new Map<string, AccountSessionState | null>();
      userIds.forEach((id, index) => {
        const state = found.get(id) ?? null;
        states.set(id, state);
        if ((this.generations.get(id) ?? 0) === generations[index]) this.entries.set(id, { state, readAt });
      });
      return states;
    });
  }

  /** Forgets the account (after a change committed here) and tells the listeners, e.g. the socket gateway. */
  invalidate(userId: string): void {
    this.entries.delete(userId);
    // A read already on its way may predate the change: later callers start their own.
    this.loading.delete(userId);
    this.generations.set(userId, (this.generations.get(userId) ?? 0) + 1);
    for (const listener of this.listeners) listener(userId);
  }

  onInvalidate(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
