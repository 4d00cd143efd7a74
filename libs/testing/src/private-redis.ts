import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort } from './app-process.js';

/**
 * A redis-server of a test's own on a free loopback port, without persistence, so a test may FLUSHALL it, shut it
 * down and start it again without touching the Redis other tests share. A restart keeps the port and loses
 * everything, like a production Redis restarted without `appendonly`.
 */
export interface PrivateRedis {
  port: number;
  url: string;
  /** Output of the current server process, for failure messages. */
  output(): string;
  /** Runs one command on a short-lived connection (FLUSHALL, CLIENT PAUSE, DEBUG SLEEP…). */
  command(...args: (string | number)[]): Promise<unknown>;
  flushAll(): Promise<void>;
  /** SIGKILLs the server (nothing is saved) and waits for it to exit. */
  kill(): Promise<void>;
  /** Starts the server again on the same port (after `kill`). */
  start(): Promise<void>;
  /** Kills and starts again after `downMs`. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrivateRedis(options: { binary?: string } = {}): Promise<PrivateRedis> {
  const binary = options.binary ?? 'redis-server';
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  const ping = async (): Promise<boolean> => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  };

  const start = async (): Promise<void> => {
    output = '';
    const proc = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout?.on('data', (chunk) => (output += chunk));
    proc.stderr?.on('data', (chunk) => (output += chunk));
    // A test process that ends without stopping it does not leave the server behind.
    const killOnExit = () => proc.kill('SIGKILL');
    process.once('exit', killOnExit);
    proc.once('exit', () => process.removeListener('exit', killOnExit));
    child = proc;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode} on port ${port}:\n${output}`);
      if (await ping()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}:\n${output}`);
  };

  const kill = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGKILL');
    await exited;
  };

  const command = async (...args: (string | number)[]): Promise<unknown> => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await client.connect();
      const [name, ...rest] = args;
      return await client.call(String(name), ...rest.map(String));
    } finally {
      client.disconnect();
    }
  };

  await start();
  return {
    port,
    url,
    output: () => output,
    command,
    flushAll: async () => {
      await command('FLUSHALL');
    },
    kill,
    start,
    restart: async (downMs = 0) => {
      await kill();
      if (downMs > 0) await new Promise((r) => setTimeout(r, downMs));
      await start();
    },
    stop: kill,
  };
}
