/**
 * Which push-service hosts asked us to slow down (429 + Retry-After) and until when. Only that host pauses; sends
 * to other hosts go on.
 */
export class HostThrottle {
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds the host is still paused for; 0 when it may be contacted. */
  remainingMs(host: string): number {
    const until = this.pausedUntil.get(host);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) {
      this.pausedUntil.delete(host);
      return 0;
    }
    return left;
  }

  /** Pauses a host; a later, longer pause wins over a shorter one. */
  pause(host: string, ms: number): void {
    const until = this.now() + ms;
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }
}
