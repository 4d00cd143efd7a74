import { describe, expect, it } from 'vitest';
import { cacheKeys, isPersonalCacheKey } from './field-cache-keys.js';

describe('what signing out removes from the phone', () => {
  it('removes every account’s tasks, residents and teams', () => {
    for (const key of [cacheKeys.tasks('u1'), cacheKeys.residents('u1'), cacheKeys.teams('u2')]) expect(isPersonalCacheKey(key)).toBe(true);
  });

  it('keeps the shared maps and places, and the remembered check-in team', () => {
    for (const key of [cacheKeys.areas, cacheKeys.places, cacheKeys.checkInTeam('u1')]) expect(isPersonalCacheKey(key)).toBe(false);
  });
});
