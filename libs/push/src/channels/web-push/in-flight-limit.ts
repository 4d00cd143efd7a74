/**
 * At most `max` holders at once, shared by every `send` of a channel, so several chunks sending together keep the
 * process at PUSH_CONCURRENCY requests in flight rather than that many each. Waiters are served first come,
 * first served.
 */
export class InFlightLimit {
  private held = 0;
  private readonly waiting: ((() => void) | undefined)[] = [];
  private head = 0;

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`in-flight limit must be a whole number above 0 (got ${max})`);
  }

  /**
   * Takes a place: undefined when one was free (taken now), else a promise that resolves once a place passes to the
   * caller. Call `release` exactly once afterwards.
   */
  acquire(): Promise<void> | undefined {
    if (this.held < this.max) {
      this.held += 1;
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting[this.head];
    if (next === undefined) {
      this.held -= 1;
      return;
    }
    // The place passes straight to the next waiter.
    this.waiting[this.head] = undefined;
    this.head += 1;
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    } else if (this.head >= 1024) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    next();
  }
}
