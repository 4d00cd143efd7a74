import { spawn, type ChildProcess } from 'node:child_process';

const STOP_TIMEOUT_MS = 20_000;

export interface ManagedChild {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | NodeJS.Signals>;
  /** SIGTERM (graceful shutdown), then SIGKILL if it has not ended in time. */
  stop(): Promise<void>;
}

/**
 * Starts a Node script as a long-running child whose output goes straight to ours. It runs in its own process group,
 * so a Ctrl+C in the terminal reaches only the launcher, which then stops it exactly once; the IPC channel lets the
 * child notice when the launcher is gone (it shuts itself down on `disconnect`).
 */
export function startChild(name: string, script: string, env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): ManagedChild {
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 1));
    child.once('error', () => resolve(1));
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => running() && child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  return { name, process: child, exited, stop };
}

/** Runs a Node script to completion with our output; resolves with its exit code. */
export function runScript(script: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.once('error', () => resolve(1));
  });
}
