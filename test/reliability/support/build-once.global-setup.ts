import { statSync } from 'node:fs';
import path from 'node:path';
import build from '../../setup/build.global-setup.js';

const WORKER_ENTRY = path.resolve(import.meta.dirname, '../../../dist/apps/worker/src/main.js');

/**
 * The e2e build setup, once per run: when another project of the same `vitest run` has just built the apps (the
 * worker's entry is newer than this process), building again would only cost time.
 */
export default function setup(): void {
  const runStartedAt = Date.now() - process.uptime() * 1000;
  let builtAt = 0;
  try {
    builtAt = statSync(WORKER_ENTRY).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt > runStartedAt) return;
  build();
}
