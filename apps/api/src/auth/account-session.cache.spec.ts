import { ACCOUNT_SESSION_CACHE_MS, AccountSessionCache } from './account-session.cache.js';
import type { AccountSessionRepository, AccountSessionState } from './account-session.repository.js';

const ID = '0b6c7c1e-8a0a-4a57-9a53-6f1f3e6f9d10';

/** A repository whose answers the test controls, counting queries. */
function fakeAccounts() {
  let state: AccountSessionState = { active: true, role: 'operator', tokenVersion: 0 };
  let release: (() => void) | undefined;
  const fake = {
    queries: 0,
    hold: false,
    set: (next: Partial<AccountSessionState>) => (state = { ...state, ...next }),
    release: () => release?.(),
    states: async (ids: readonly string[]) => {
      fake.queries++;
      const answer = new Map(ids.filter((id) => id === ID).map((id) => [id, state]));
      if (fake.hold) await new Promise<void>((resolve) => (release = resolve));
      return answer;
    },
  };
  return fake;
}

describe('AccountSessionCache', () => {
  afterEach(() => vi.useRealTimers());

  it('answers from memory for ACCOUNT_SESSION_CACHE_MS, then reads again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const accounts = fakeAccounts();
    const cache = new AccountSessionCache(accounts as unknown as AccountSessionRepository);
    await Promise.all([cache.get(ID), cache.get(ID), cache.get(ID)]);
    expect(accounts.queries).toBe(1);
    accounts.set({ active: false });
    expect((await cache.get(ID))?.active).toBe(true);
    vi.advanceTimersByTime(ACCOUNT_SESSION_CACHE_MS);
    expect((await cache.get(ID))?.active).toBe(false);
    expect(accounts.queries).toBe(2);
    expect(await cache.get('6f1c1f3e-2a43-4b0c-9a56-1b9b9c7f0a01')).toBeNull();
  });

  it('forgets an account at once when invalidated and tells its listeners', async () => {
    const accounts = fakeAccounts();
    const cache = new AccountSessionCache(accounts as unknown as AccountSessionRepository);
    const told: string[] = [];
    cache.onInvalidate((id) => told.push(id));
    await cache.get(ID);
    accounts.set({ tokenVersion: 1 });
    cache.invalidate(ID);
    expect(told).toEqual([ID]);
    expect((await cache.get(ID))?.tokenVersion).toBe(1);
  });

  it('does not keep a read that started before an invalidation', async () => {
    const accounts = fakeAccounts();
    const cache = new AccountSessionCache(accounts as unknown as AccountSessionRepository);
    accounts.hold = true;
    const stale = cache.get(ID);
    await Promise.resolve();
    accounts.set({ tokenVersion: 3 });
    cache.invalidate(ID);
    accounts.hold = false;
    // Asked while the old read is still on its way: a read of its own, not the old one.
    expect((await cache.get(ID))?.tokenVersion).toBe(3);
    accounts.release();
    expect((await stale)?.tokenVersion).toBe(0);
    expect((await cache.get(ID))?.tokenVersion).toBe(3);
  });
});
