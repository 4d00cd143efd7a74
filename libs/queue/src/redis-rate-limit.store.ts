import type { Redis } from 'ioredis';
import { RateLimitStore, counterKey, rateLimitResult, type RateLimitResult } from './rate-limit.store.js';

// One round trip, atomic: count the hit and start the window on the first one. A counter that lost its expiry
// (it cannot normally) gets one again instead of blocking forever.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}
`;

export class RedisRateLimitStore extends RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {
    super();
  }

  async hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const redisKey = `${this.keyPrefix}:ratelimit:${bucket}:${counterKey(key)}`;
    const [hits, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, redisKey, String(windowSeconds * 1000))) as [number, number];
    return rateLimitResult(hits, limit, ttlMs / 1000);
  }
}
