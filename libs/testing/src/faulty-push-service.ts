import { FakePushService, type FakePushServiceOptions, type PushFault, type ReceivedPush } from './fake-push-service.js';

/**
 * The local push service with the faults a real one shows, by the request: storms of 5xx, 429 with Retry-After,
 * hanging and reset connections, 404/410 for chosen subscriptions, and a slowness that can change while it runs
 * (so a dispatch lasts long enough for a fault to land in the middle of it). Faults given for '*' hit the next
 * requests whatever their subscription, in order; faults for an id hit that subscription's next requests first.
 */
export class FaultyPushService extends FakePushService {
  private readonly settings: FakePushServiceOptions;

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
    for (const id of ids) this.fail(id, ...repeat<PushFault>(20, { kind: 'status', status }));
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
