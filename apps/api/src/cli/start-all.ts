import { existsSync } from 'node:fs';
import path from 'node:path';
import { WORKER_NODE_ARGS } from '@app/config';
import { migrateDatabase } from '@app/database';
import { loadConfigOrExit } from '@app/observability';
import { runScript, startChild, type ManagedChild } from './child-process.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
import { startBanner } from './start-banner.js';

/**
 * `npm start`: the whole system on one machine. Uses DATABASE_URL, or an embedded PostgreSQL when it is unset;
 * migrates and seeds; runs the worker and the api as child processes; prints where to go. Ctrl+C (or SIGTERM) stops
 * the api and worker first and the database last. If either app dies, everything stops with exit code 1.
 */
const HERE = import.meta.dirname;
const SCRIPTS = {
  api: path.resolve(HERE, '../main.js'),
  worker: path.resolve(HERE, '../../../worker/src/main.js'),
  seed: path.resolve(HERE, 'seed.js'),
};
const HEALTH_TIMEOUT_MS = 90_000;

const config = loadConfigOrExit();
const children: ManagedChild[] = [];
let database: EmbeddedDatabase | undefined;
let stopping = false;

async function stopEverything(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await Promise.all(children.map((child) => child.stop()));
    await database?.stop();
  }
  process.exit(exitCode);
}

function fail(message: string): Promise<never> {
  process.stderr.write(`\n${message}\n`);
  return stopEverything(1);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!stopping) process.stdout.write(`\nStopping (${signal})…\n`);
    void stopEverything(0);
  });
}

async function main(): Promise<void> {
  for (const [name, script] of Object.entries(SCRIPTS)) {
    if (!existsSync(script)) return fail(`${path.relative(process.cwd(), script)} is missing (${name}): run \`npm run build\` first.`);
  }

  let databaseUrl = config.databaseUrl;
  let databaseDescription = 'DATABASE_URL';
  if (!databaseUrl) {
    process.stdout.write('DATABASE_URL is not set: starting the embedded PostgreSQL…\n');
    database = await startEmbeddedDatabase(config.embeddedPg);
    databaseUrl = database.url;
    databaseDescription = `embedded PostgreSQL in ${config.embeddedPg.dir} (127.0.0.1:${config.embeddedPg.port})`;
  } else {
    databaseDescription = `DATABASE_URL (${describeServer(databaseUrl)})`;
  }
  if (stopping) return;

  const applied = await migrateDatabase(databaseUrl);
  process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date.\n');

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  const seedExit = await runScript(SCRIPTS.seed, env);
  if (seedExit !== 0) return fail(`Seeding failed (exit code ${seedExit}); see the messages above.`);
  if (stopping) return;

  for (const [name, script] of [['worker', SCRIPTS.worker], ['api', SCRIPTS.api]] as const) {
    const child = startChild(name, script, env, name === 'worker' ? WORKER_NODE_ARGS : []);
    children.push(child);
    void child.exited.then((how) => {
      if (!stopping) void fail(`The ${name} stopped unexpectedly (${typeof how === 'number' ? `exit code ${how}` : how}); stopping everything.`);
    });
  }

  await waitUntilHealthy(`http://${probeHost(config.host)}:${config.port}/health`);
  if (!stopping) process.stdout.write(startBanner({ config, database: databaseDescription }));
}

/** Waits for the api's /health to answer 200; says why if it does not in time (and keeps running). */
async function waitUntilHealthy(url: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
      last = `${res.status}: ${await res.text()}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping) process.stderr.write(`\nThe api did not report healthy within ${HEALTH_TIMEOUT_MS / 1000} s (last answer ${last}); it keeps running.\n`);
}

/** A wildcard listen address is reached through loopback. */
function probeHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** host:port/database of a connection URL, without the credentials. */
function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
