import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The built seed command (`npm run build` first; the e2e global setup does it). */
export const SEED_COMMAND = path.join(ROOT, 'dist', 'apps', 'api', 'src', 'cli', 'seed.js');

export interface SeedResult {
  /** stdout and stderr together, in arrival order. */
  output: string;
  stdout: string;
}

/**
 * Seeds a (migrated) test database the way production does: runs the built seed command as a child process with
 * DATABASE_URL=url and NODE_ENV=test, which writes reference data and the demo accounts. Rejects with the command's
 * output when it exits with anything but 0.
 */
export function seedTestDatabase(url: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SEED_COMMAND], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'warn', ...env, NODE_ENV: 'test', DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`seed command could not start (${err.message}); run \`npm run build\` first`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ output, stdout });
      else reject(new Error(`seed command exited with ${signal ?? `code ${code}`}:\n${output}`));
    });
  });
}
