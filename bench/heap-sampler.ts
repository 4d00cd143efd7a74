/**
 * Peak V8 heap and external (Buffer) memory of the workers, read from their /metrics every `intervalMs`, so a
 * growing RSS can be told apart: a heap that grows holds objects, a flat heap under a growing RSS is the allocator.
 */
export class HeapSampler {
  private readonly peaks = new Map<string, { heapUsed: number; heapTotal: number; external: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly urls: readonly string[], private readonly intervalMs = 500) {}

  start(): this {
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Peaks per worker in MB, in the order of the urls given. */
  peaksMb(): { heapUsed: number; heapTotal: number; external: number }[] {
    const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    return this.urls.map((url) => {
      const peak = this.peaks.get(url) ?? { heapUsed: 0, heapTotal: 0, external: 0 };
      return { heapUsed: mb(peak.heapUsed), heapTotal: mb(peak.heapTotal), external: mb(peak.external) };
    });
  }

  private async sample(): Promise<void> {
    await Promise.all(
      this.urls.map(async (url) => {
        try {
          const text = await (await fetch(`${url}/metrics`)).text();
          const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text)?.[1] ?? 0);
          const peak = this.peaks.get(url) ?? { heapUsed: 0, heapTotal: 0, external: 0 };
          peak.heapUsed = Math.max(peak.heapUsed, value('nodejs_heap_size_used_bytes'));
          peak.heapTotal = Math.max(peak.heapTotal, value('nodejs_heap_size_total_bytes'));
          peak.external = Math.max(peak.external, value('nodejs_external_memory_bytes'));
          this.peaks.set(url, peak);
        } catch {
          // the worker is busy or gone; the next sample counts
        }
      }),
    );
  }
}
