import { FakePushService, type FakePushServiceOptions, type PushFault, type ReceivedPush } from './fake-push-service.js';

/** Requests an outage answers with its fault at most (far more than any test sends while it lasts). */
const OUTAGE_REQUESTS = 20_000;

/**
 * The local push service with the faults a real one shows, by the request: storms of 5xx, 429 with Retry-After,
 * hanging and reset connections, 404/410 for chosen subscriptions, and a slowness that can change while it runs
 * (so a dispatch lasts long enough for a fault to land in the middle of it). Faults given for '*' hit the next
 * requests whatever their subscription, in order; faults for an id hit that subscription's next requests first.
 * Outages last a time instead of a number of requests: every request until it ends gets the fault, as with a real
 * service that is down (a sender that holds back meanwhile does not make it last longer).
 */
export class FaultyPushService extends FakePushService {
  private readonly settings: FakePushServiceOptions;
  private readonly goneIds = new Map<string, 404 | 410>();
  private outageTimer: NodeJS.Timeout | undefined;

  constructor(options: FakePushServiceOptions = {}) {
    const settings = { ...options };
    super(settings);
    this.settings = settings;
  }

  /** Milliseconds every answer waits from now on. */
  set delayMs(ms: number) {
    this.settings.delayMs = ms;
  }

  get delayMs(): number {
    return this.settings.delayMs ?? 0;
  }

  /** Requests received so far, answered or not. */
  get requests(): number {
    let total = 0;
    for (const n of this.attemptsById.values()) total += n;
    return total;
  }

  /** The next `count` requests are answered with `status` (a 5xx storm by default). */
  storm(count: number, status = 503): void {
    this.fail('*', ...repeat<PushFault>(count, { kind: 'status', status }));
  }

  /** The next `count` requests are answered 429 with this Retry-After (seconds or an HTTP date). */
  throttle(count: number, retryAfter: string): void {
    this.fail('*', ...repeat<PushFault>(count, { kind: 'status', status: 429, retryAfter }));
  }

  /** The next `count` requests are read and never answered (the sender's timeout ends them). */
  hang(count: number): void {
    this.fail('*', ...repeat<PushFault>(count, { kind: 'hang' }));
  }

  /** The next `count` requests lose their connection without an answer. */
  reset(count: number): void {
    this.fail('*', ...repeat<PushFault>(count, { kind: 'reset' }));
  }

  /** These subscriptions are answered `status` (410 Gone by default) from now on, as an expired browser subscription is. */
  gone(ids: readonly string[], status: 404 | 410 = 410): void {
    for (const id of ids) {
      this.goneIds.set(id, status);
      this.fail(id, ...repeat<PushFault>(20, { kind: 'status', status }));
    }
  }

  /** Every request gets `fault` until `recover()` (or for `ms` when given): a service that is down. */
  outage(fault: PushFault, ms?: number): void {
    for (let queued = 0; queued < OUTAGE_REQUESTS; queued += 1_000) this.fail('*', ...repeat(1_000, fault));
    clearTimeout(this.outageTimer);
    if (ms !== undefined) this.outageTimer = setTimeout(() => this.recover(), ms);
  }

  /** Ends an outage: faults queued for every request are dropped; subscriptions made gone stay gone. */
  recover(): void {
    clearTimeout(this.outageTimer);
    super.clearFaults();
    for (const [id, status] of this.goneIds) this.fail(id, ...repeat<PushFault>(20, { kind: 'status', status }));
  }

  override clearFaults(): void {
    clearTimeout(this.outageTimer);
    this.goneIds.clear();
    super.clearFaults();
  }

  override async stop(): Promise<void> {
    clearTimeout(this.outageTimer);
    await super.stop();
  }

  /** Resolves once the service has accepted at least `count` messages in all. */
  async whenAccepted(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.accepted < count) {
      if (Date.now() > deadline) throw new Error(`push service accepted ${this.accepted} messages, not ${count}, within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Accepted messages carrying a Topic. */
  messagesWithTopic(topic: string): ReceivedPush[] {
    return this.messages.filter((message) => message.topic === topic);
  }
}

function repeat<T>(count: number, item: T): T[] {
  return Array.from({ length: count }, () => item);
}
