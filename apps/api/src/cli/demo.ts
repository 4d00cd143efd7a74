import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { migrateDatabase } from '@app/database';
import { loadConfigOrExit } from '@app/observability';
import { DemoModule } from '../demo/demo.module.js';
import { demoReport } from '../demo/demo-report.js';
import { DemoScenarioLoader } from '../demo/demo-scenario.loader.js';
import { SeedRunner } from '../seed/seed.runner.js';
import { runningEmbeddedDatabaseUrl, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

/**
 * `npm run demo`: loads the demo scenario (a typhoon over Hengqin: teams, crews, tasks, check-ins, shelters,
 * vulnerable residents, hazard reports) so /command/operations and /field show an operation at once. The database
 * is DATABASE_URL; without it, the embedded PostgreSQL that `npm start` is running, or, when none is, the embedded
 * PostgreSQL started here just for the load and stopped again. Migrates and seeds first (both idempotent); running
 * it again replaces the demo rows. Exits 1 with the reason when it cannot.
 */
const config = loadConfigOrExit();
let database: EmbeddedDatabase | undefined;

async function main(): Promise<void> {
  if (config.isProduction) {
    throw new Error('The demo scenario is made-up data for trying Qinao Alert; it is never loaded with NODE_ENV=production.');
  }
  const { url, next } = await chooseDatabase();
  const applied = await migrateDatabase(url);
  process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date.\n');

  // The modules read their configuration from the environment, as the api does.
  process.env.DATABASE_URL = url;
  const app = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn'], abortOnError: false });
  try {
    const seeded = await app.get(SeedRunner).run();
    process.stdout.write(seeded.map((line) => `${line}\n`).join(''));
    const summary = await app.get(DemoScenarioLoader).load();
    process.stdout.write(demoReport({ summary, publicUrl: config.publicUrl, silentAfterMinutes: config.teamSilentAfterMinutes, next }));
  } finally {
    await app.close();
  }
  await database?.stop();
}

/** Where to load, and what to tell the user to do afterwards. */
async function chooseDatabase(): Promise<{ url: string; next: string }> {
  if (config.databaseUrl) {
    await ensureReachable(config.databaseUrl);
    const { host, pathname } = new URL(config.databaseUrl);
    return { url: config.databaseUrl, next: `Loaded into ${host}${pathname} (DATABASE_URL). If the app is not running on it yet, start it with the same DATABASE_URL: npm start` };
  }
  const running = await runningEmbeddedDatabaseUrl(config.embeddedPg);
  if (running && (await answers(running))) {
    return { url: running, next: `Loaded into the embedded PostgreSQL that \`npm start\` is running (${config.embeddedPg.dir}); reload the pages.` };
  }
  process.stdout.write('DATABASE_URL is not set and no embedded PostgreSQL is running: starting it for the load…\n');
  database = await startEmbeddedDatabase(config.embeddedPg);
  return { url: database.url, next: `Loaded into the embedded PostgreSQL in ${config.embeddedPg.dir}, which is stopped again: now run npm start` };
}

async function answers(url: string): Promise<boolean> {
  try {
    await ensureReachable(url);
    return true;
  } catch {
    return false;
  }
}

/** Fails in a few seconds with the reason, instead of the connection retries a long-running server wants. */
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
  const message = err instanceof Error ? err.message : String(err);
  // 42P01 undefined_table: a table the demo writes is missing, which a migration fixes.
  if ((err as { code?: string }).code === '42P01') return `${message}\nThe database is not fully migrated: run \`npm run migrate\` first.`;
  return message;
}

// Ctrl+C while the embedded PostgreSQL started here is up: stop it before leaving.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    void (database?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (err) {
  await database?.stop().catch(() => undefined);
  process.stderr.write(`Demo failed: ${explain(err)}\n`, () => process.exit(1));
}
