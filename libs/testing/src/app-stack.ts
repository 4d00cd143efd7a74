import { startApp, freePort, type AppProcess } from './app-process.js';
import { deleteRedisKeys, TEST_REDIS_URL } from './redis-keys.js';
import { seedTestDatabase } from './seed.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A seeded database with the built api and one worker on Redis: what browser tests sign in to. */
export interface AppStack {
  db: TestDatabase;
  api: AppProcess;
  worker: AppProcess;
  /** The origin the browser uses; also the api's PUBLIC_URL, so CORS and the socket Origin check accept it. */
  origin: string;
  /** Stops the processes, drops the database and deletes the stack's Redis keys. */
  stop(): Promise<void>;
}

export async function startAppStack(options: { prefix: string; env?: Record<string, string> }): Promise<AppStack> {
  const db = await createTestDatabase();
  await seedTestDatabase(db.url);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Tests sign in many times from one address; the login limit is not what they check.
  const env = { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: options.prefix, RATE_LIMIT_LOGIN_PER_MINUTE: '100', ...options.env };
  const api = await startApp('api', { ...env, PORT: String(port), PUBLIC_URL: origin });
  const worker = await startApp('worker', env);
  return {
    db,
    api,
    worker,
    origin,
    stop: async () => {
      await Promise.all([api.stop(), worker.stop()]);
      await db.drop();
      await deleteRedisKeys(options.prefix);
    },
  };
}
