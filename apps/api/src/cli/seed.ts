import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { ConfigError, loadConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { SeedModule } from '../seed/seed.module.js';
import { SeedError, SeedRunner } from '../seed/seed.runner.js';

/**
 * `npm run seed` (node dist/apps/api/src/cli/seed.js): writes reference data and the initial accounts into the
 * database named by DATABASE_URL, idempotently. Prints what it did; exits 1 with the reason when it cannot.
 */
async function main(): Promise<void> {
  // Checked before Nest starts so a wrong environment gets one clear message instead of a boot stack trace.
  const databaseUrl = loadConfig().requireDatabaseUrl();
  await ensureReachable(databaseUrl);
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const lines = await app.get(SeedRunner).run();
    process.stdout.write(lines.map((line) => `${line}\n`).join(''));
  } finally {
    await app.close();
  }
}

/** Fails in a second with the reason, instead of the connection retries a long-running server wants. */
async function ensureReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (err) {
    const { host, port, pathname } = new URL(url);
    throw new Error(`cannot connect to the database ${pathname.slice(1)} at ${host || 'localhost'}:${port || 5432} (${(err as Error).message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explain(err: unknown): string {
  if (err instanceof ConfigError) return err.message;
  const cause = err instanceof SeedError ? err.cause : err;
  if (err instanceof SeedError && cause instanceof DomainError && cause.details?.length) {
    return `seeding ${err.seeder} failed (${cause.code}):\n${cause.details.map((d) => `  - ${d}`).join('\n')}`;
  }
  const message = err instanceof Error ? err.message : String(err);
  // 42P01 undefined_table: the schema is missing, which a migration fixes.
  if ((cause as { code?: string } | undefined)?.code === '42P01') return `${message}\nThe database is not migrated: run \`npm run migrate\` first.`;
  return message;
}

try {
  await main();
} catch (err) {
  process.stderr.write(`Seed failed: ${explain(err)}\n`, () => process.exit(1));
}
