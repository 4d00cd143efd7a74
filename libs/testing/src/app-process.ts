import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { WORKER_NODE_ARGS } from '@app/config';

export type AppName = 'api' | 'worker';

export interface AppProcess {
  name: AppName;
  port: number;
  url: string;
  child: ChildProcess;
  /** Output so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGTERM and wait for exit (graceful shutdown). */
  stop(): Promise<void>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Boots a built app (`npm run build` first; the e2e global setup does it) as its own process, the way production
 * runs it, and waits until its /health answers 200.
 */
export async function startApp(name: AppName, env: Record<string, string | undefined>, timeoutMs = 30_000): Promise<AppProcess> {
  const port = Number(env[name === 'api' ? 'PORT' : 'WORKER_PORT'] ?? (await freePort()));
  const entry = path.join(ROOT, 'dist', 'apps', name, 'src', 'main.js');
  const child = spawn(process.execPath, [...(name === 'worker' ? WORKER_NODE_ARGS : []), entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...env,
      [name === 'api' ? 'PORT' : 'WORKER_PORT']: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const app: AppProcess = { name, port, url, child, output: () => output, stop: () => stopWith('SIGTERM'), kill: () => stopWith('SIGKILL') };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} during start:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.status === 200) return app;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await app.kill();
  throw new Error(`${name} did not become healthy within ${timeoutMs} ms:\n${output}`);
}
