import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { createTestDatabase, type TestDatabase, TEST_REDIS_URL } from '@app/testing';
import { openQueueConnection, rateLimitStoreFor } from './queue.module.js';
import type { QueueConnection } from './queue-connection.js';
import { PostgresRateLimitStore } from './postgres-rate-limit.store.js';
import type { RateLimitStore } from './rate-limit.store.js';
import type { RedisQueueConnection } from './redis-queue.connection.js';


describe.each(['redis', 'postgres'] as const)('RateLimitStore on %s', (backend) => {
  const prefix = `t_rl_${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let dataSource: DataSource;
  let connection: QueueConnection;
  let store: RateLimitStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 20 })).initialize();
    const config = loadConfig({ DATABASE_URL: db.url, QUEUE_PREFIX: prefix, REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined });
    connection = await openQueueConnection(config);
    store = rateLimitStoreFor(connection, dataSource);
  });

  afterAll(async () => {
    if (backend === 'redis') await deleteRedisKeys(connection, prefix);
    await connection?.close(1_000);
    await dataSource?.destroy();
    await db?.drop();
  });

  it('allows hits up to the limit, then refuses with the time left in the window', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await store.hit('login', '10.0.0.1|alice', 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[0].retryAfterSeconds).toBe(0);
    expect(results[3].retryAfterSeconds).toBeGreaterThan(55);
    expect(results[3].retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts buckets and keys separately', async () => {
    for (let i = 0; i < 3; i++) await store.hit('public', '10.0.0.2', 3, 60);
    expect((await store.hit('public', '10.0.0.2', 3, 60)).allowed).toBe(false);
    expect((await store.hit('public', '10.0.0.3', 3, 60)).allowed).toBe(true);
    expect((await store.hit('login', '10.0.0.2', 3, 60)).allowed).toBe(true);
  });

  it('lets exactly `limit` of many concurrent hits through', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => store.hit('public', '10.0.0.4', 10, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it('starts a new window once the old one has passed', async () => {
    expect((await store.hit('public', '10.0.0.5', 1, 1)).allowed).toBe(true);
    expect((await store.hit('public', '10.0.0.5', 1, 1)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1_200));
    const next = await store.hit('public', '10.0.0.5', 1, 1);
    expect(next).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
  });

  // Redis expires its counters by itself.
  if (backend === 'postgres') {
    it('prunes counters whose window has ended', async () => {
      await store.hit('prune', 'a', 5, 1);
      await store.hit('prune', 'b', 5, 600);
      await new Promise((r) => setTimeout(r, 1_200));
      await (store as PostgresRateLimitStore).prune();
      const rows = await dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM rate_limit_counters WHERE bucket = 'prune'`);
      expect(Number(rows[0].n)).toBe(1);
    });
  }
});

async function deleteRedisKeys(connection: QueueConnection, prefix: string): Promise<void> {
  const client = (connection as RedisQueueConnection).client;
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
