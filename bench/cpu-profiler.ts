import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * CPU profiles of the worker processes. `--cpu-prof` writes its file only on a normal exit, and the worker ends on
 * SIGTERM by re-raising the signal, so instead a preload module starts the inspector's profiler at start-up and
 * writes `worker-<pid>.cpuprofile` (Chrome DevTools format) into the folder when the process receives SIGUSR2, with
 * `worker-<pid>.heap-spaces.json`: the peak size of each V8 heap space in MB.
 */
export function profilingEnv(tmpDir: string, profileDir: string): Record<string, string> {
  const preload = path.join(tmpDir, 'cpu-profile-preload.mjs');
  writeFileSync(
    preload,
    `import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
const peaks = {};
setInterval(() => {
  for (const space of v8.getHeapSpaceStatistics()) peaks[space.space_name] = Math.max(peaks[space.space_name] ?? 0, space.space_used_size, space.space_size);
}, 200).unref();
const session = new Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
process.on('SIGUSR2', () => session.post('Profiler.stop', (err, result) => {
  const before = process.memoryUsage().heapUsed;
  // A heap snapshot collects garbage first: what it holds is what the worker keeps after the dispatch.
  if (process.env.BENCH_HEAP_SNAPSHOT) v8.writeHeapSnapshot(${JSON.stringify(profileDir)} + '/worker-' + process.pid + '.heapsnapshot');
  peaks.heapUsedAtEndMb = Math.round(before / 2 ** 20);
  peaks.heapUsedAfterGcMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  if (!err) writeFileSync(${JSON.stringify(profileDir)} + '/worker-' + process.pid + '.cpuprofile', JSON.stringify(result.profile));
  writeFileSync(${JSON.stringify(profileDir)} + '/worker-' + process.pid + '.heap-spaces.json', JSON.stringify(Object.fromEntries(Object.entries(peaks).map(([k, v]) => [k, k.endsWith('Mb') ? v : Math.round(v / 2 ** 20)]))));
  process.stderr.write('cpu profile written\\n');
}));
`,
  );
  return { NODE_OPTIONS: `--import=${preload}`, ...(process.env.BENCH_HEAP_SNAPSHOT ? { BENCH_HEAP_SNAPSHOT: '1' } : {}) };
}

/** Asks every profiled process to write its profile and waits until each has said so (or `timeoutMs` passes). */
export async function collectProfiles(processes: readonly { child: { pid?: number; kill(signal: NodeJS.Signals): boolean }; output(): string }[], timeoutMs = 60_000): Promise<void> {
  for (const p of processes) p.child.kill('SIGUSR2');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !processes.every((p) => p.output().includes('cpu profile written'))) await new Promise((r) => setTimeout(r, 100));
}
