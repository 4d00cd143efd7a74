import { Redis } from 'ioredis';

/** The machine's Redis unless TEST_REDIS_URL says otherwise. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Deletes every key a test wrote under its own prefix (queues, socket.io channels, rate-limit counters). SCAN, not
 * KEYS or FLUSHDB: other test files share the server at the same time.
 */
export async function deleteRedisKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  if (!prefix) throw new Error('deleteRedisKeys needs a non-empty prefix');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
