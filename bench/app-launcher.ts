import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { WORKER_NODE_ARGS } from '../libs/config/src/worker-process.js';

/** A built app running as its own process, the way production runs it. */
export interface LaunchedApp {
  name: 'api' | 'worker';
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

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

/** Runs a built CLI (`dist/apps/api/src/cli/<name>.js`) to completion; rejects with its output on failure. */
export function runCli(root: string, name: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'apps', 'api', 'src', 'cli', `${name}.js`)], {
      cwd: root,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${name} exited with ${code}:\n${output}`))));
  });
}

/** Starts `dist/apps/<name>/src/main.js` and waits until its /health answers 200. */
export async function launchApp(root: string, name: 'api' | 'worker', env: Record<string, string>, timeoutMs = 60_000): Promise<LaunchedApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(name === 'worker' ? WORKER_NODE_ARGS : []), path.join(root, 'dist', 'apps', name, 'src', 'main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', ...env, [name === 'api' ? 'PORT' : 'WORKER_PORT']: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Only the tail is kept: a long run must not grow this process's memory.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const app: LaunchedApp = {
    name,
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} during start:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) return app;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await app.stop();
  throw new Error(`${name} did not become healthy within ${timeoutMs} ms:\n${output}`);
}
