import { readFileSync } from 'node:fs';

/** Peak resident memory of a set of processes, read from /proc/<pid>/status (VmRSS) every `intervalMs`. */
export class RssSampler {
  private readonly peaksKb = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pids: readonly number[], private readonly intervalMs = 100) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  /** Peak per process in MB, in the order of the pids given. */
  peaksMb(): number[] {
    return this.pids.map((pid) => Math.round(((this.peaksKb.get(pid) ?? 0) / 1024) * 10) / 10);
  }

  private sample(): void {
    for (const pid of this.pids) {
      try {
        const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (match) this.peaksKb.set(pid, Math.max(this.peaksKb.get(pid) ?? 0, Number(match[1])));
      } catch {
        // the process has exited
      }
    }
  }
}
