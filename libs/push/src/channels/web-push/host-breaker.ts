export interface HostBreakerOptions {
  /** Consecutive failures (timeouts, lost connections, 5xx) that pause a host. */
  threshold: number;
  /** The first pause; each failed trial after a pause doubles it… */
  firstPauseMs: number;
  /** …up to this. */
  maxPauseMs: number;
  /** Requests in flight to a host on trial (its pause over, not yet answering again). */
  trialRequests: number;
  now?: () => number;
}

export const DEFAULT_HOST_BREAKER: Omit<HostBreakerOptions, 'now'> = { threshold: 5, firstPauseMs: 2_000, maxPauseMs: 60_000, trialRequests: 5 };

/** What one request to a host showed of its health. */
export type HostSignal = 'answered' | 'failed' | 'unknown';

interface HostHealth {
  failures: number;
  inFlight: number;
  /** 0: not paused since its last answer. */
  pausedUntil: number;
  pauseMs: number;
}

/**
 * Per push-service host circuit breaking. A host that fails `threshold` requests in a row (no answer in time, the
 * connection lost, a 5xx) is paused as if it had answered 429: its messages come back `throttled` without a request,
 * so they hold no in-flight place the healthy hosts need and cost no attempt. When the pause is over the host is on
 * trial: at most `trialRequests` requests at once; the first answer closes the breaker, a failure pauses it again
 * for twice as long (up to `maxPauseMs`). A trial that fails shows the host still down, not the message bad: the
 * channel hands such a message back like a paused one, so a long outage cannot use up the attempts of the few
 * messages that happen to be sent on trial.
 */
export class HostBreaker {
  private readonly hosts = new Map<string, HostHealth>();
  private readonly now: () => number;

  constructor(private readonly options: HostBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds before a request to this host may go; 0 when one may go now. Changes nothing. */
  remainingMs(host: string): number {
    const health = this.hosts.get(host);
    if (!health || health.pausedUntil === 0) return 0;
    const left = health.pausedUntil - this.now();
    if (left > 0) return left;
    // On trial: the places are taken; their answers come within a request's time, so look again after a short while.
    return health.inFlight < this.options.trialRequests ? 0 : this.options.firstPauseMs;
  }

  /** True while a paused host is on trial: paused once and not answered since. */
  onTrial(host: string): boolean {
    const health = this.hosts.get(host);
    return health !== undefined && health.pausedUntil !== 0;
  }

  /** Takes leave for one request: 0 when granted (report its result with `record`), else the milliseconds to wait. */
  admit(host: string): number {
    const wait = this.remainingMs(host);
    if (wait > 0) return wait;
    let health = this.hosts.get(host);
    if (!health) this.hosts.set(host, (health = { failures: 0, inFlight: 0, pausedUntil: 0, pauseMs: 0 }));
    health.inFlight += 1;
    return 0;
  }

  /** The result of a request `admit` granted. */
  record(host: string, signal: HostSignal): void {
    const health = this.hosts.get(host);
    if (!health) return;
    health.inFlight = Math.max(0, health.inFlight - 1);
    if (signal === 'answered') {
      health.failures = 0;
      health.pausedUntil = 0;
      health.pauseMs = 0;
    } else if (signal === 'failed') {
      health.failures += 1;
      const now = this.now();
      if (health.pausedUntil === 0) {
        if (health.failures >= this.options.threshold) this.pause(health, this.options.firstPauseMs, now);
      } else if (now >= health.pausedUntil) {
        // Failed on trial (or a request of before the pause ended only now): still failing.
        this.pause(health, Math.min(health.pauseMs * 2, this.options.maxPauseMs), now);
      }
    }
    if (health.inFlight === 0 && health.failures === 0 && health.pausedUntil === 0) this.hosts.delete(host);
  }

  /** Hosts paused right now, for logs and tests. */
  pausedHosts(): string[] {
    const now = this.now();
    return [...this.hosts].filter(([, h]) => h.pausedUntil > now).map(([host]) => host);
  }

  private pause(health: HostHealth, ms: number, now: number): void {
    health.pauseMs = ms;
    health.pausedUntil = now + ms;
  }
}
