/** Command-line options of the dispatch benchmark. */
export interface DispatchBenchArgs {
  subscribers: number;
  backend: 'redis' | 'postgres';
  workers: number;
  /** Folder for one CPU profile per worker process (`--profile DIR`); none when unset. */
  profileDir: string | undefined;
  /** Extra Node.js options for the worker processes (`--worker-node-options "--max-semi-space-size=64"`). */
  workerNodeOptions: string | undefined;
}

/** `--subscribers N --backend redis|postgres --workers W --profile DIR --worker-node-options OPTS` (also `--name=value`); exits with a message on bad input. */
export function parseDispatchBenchArgs(argv: readonly string[]): DispatchBenchArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${arg}`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1]!, value);
  }
  for (const name of values.keys()) {
    if (!['subscribers', 'backend', 'workers', 'profile', 'worker-node-options'].includes(name)) throw new Error(`unknown option --${name}`);
  }
  const positive = (name: string, fallback: number): number => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0 (got ${raw})`);
    return n;
  };
  const backend = values.get('backend') ?? 'redis';
  if (backend !== 'redis' && backend !== 'postgres') throw new Error(`--backend must be redis or postgres (got ${backend})`);
  return { subscribers: positive('subscribers', 200_000), backend, workers: positive('workers', 2), profileDir: values.get('profile'), workerNodeOptions: values.get('worker-node-options') };
}
