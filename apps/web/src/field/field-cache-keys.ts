/**
 * Keys of what the field app keeps in IndexedDB's `cache` store for working without a network. Some entries belong to
 * one account and carry people's data (tasks, the residents to check on, the account's teams): signing out removes
 * them. The area outlines, places and shelters are the same for everyone and stay.
 */
export const cacheKeys = {
  tasks: (userId: string) => `tasks:${userId}`,
  residents: (userId: string) => `residents:${userId}`,
  teams: (userId: string) => `teams:${userId}`,
  /** The team last chosen for check-ins; only an id, kept across sign-outs so the choice is remembered. */
  checkInTeam: (userId: string) => `check-in-team:${userId}`,
  areas: 'areas',
  places: 'places',
  /** Names, capacity and occupancy only (no people data), the same for every account. */
  shelters: 'shelters',
} as const;

const PERSONAL_PREFIXES = ['tasks:', 'residents:', 'teams:'] as const;

/** Whether a cache entry is removed when the account signs out. */
export function isPersonalCacheKey(key: string): boolean {
  return PERSONAL_PREFIXES.some((prefix) => key.startsWith(prefix));
}
