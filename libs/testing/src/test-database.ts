import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests run against (the machine's PostgreSQL unless TEST_DATABASE_URL says otherwise). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Test databases are named `qinao_t_<unix seconds>_<random>` so leftovers of killed runs can be told by age. */
export function testDatabaseName(): string {
  return `qinao_t_${Math.floor(Date.now() / 1000)}_${randomBytes(5).toString('hex')}`;
}

/** The template migrated once per run by the global setup (its name is handed to test files through the environment). */
export function templateDatabase(): string {
  const name = process.env.QINAO_TEST_TEMPLATE_DB;
  if (!name) throw new Error('QINAO_TEST_TEMPLATE_DB is not set: run this test through vitest, whose global setup migrates the template');
  return name;
}

export function databaseUrl(name: string, serverUrl = TEST_SERVER_URL): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>, serverUrl = TEST_SERVER_URL): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: test files run in parallel without truncating each other's data. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = testDatabaseName();
  await withAdminClient((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
