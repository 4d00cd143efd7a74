import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { DeliveryBatch, DeliveryChannel, DeliveryMessage, DeliveryResult, DeliveryTarget } from '../../delivery-channel.js';
import type { HostResolver } from '../../endpoint-guard/host-resolver.js';
import { parsePushEndpoint, type PushEndpointPolicy } from '../../endpoint-guard/push-endpoint.policy.js';
import type { DeliveryOutcome } from '../../outcome/delivery-outcome.js';
import { classifyNetworkError, classifyResponse } from '../../outcome/outcome.classifier.js';
import { DEFAULT_HOST_BREAKER, HostBreaker, type HostBreakerOptions, type HostSignal } from './host-breaker.js';
import { HostThrottle } from './host-throttle.js';
import { InFlightLimit } from './in-flight-limit.js';
import { encryptPayload, MAX_PLAINTEXT_BYTES } from './payload-encryption.js';
import { createPushAgents, type PushAgents } from './push-agents.js';
import { isValidPushTopic, ttlSecondsUntil } from './push-message-headers.js';
import { VapidHeaderCache } from './vapid-header.cache.js';
import type { VapidKeys } from './vapid-keys.js';

export interface WebPushChannelOptions {
  vapidKeys: VapidKeys;
  vapidSubject: string;
  policy: PushEndpointPolicy;
  /** Requests in flight per process, over every `send` running at once (PUSH_CONCURRENCY). */
  concurrency: number;
  /** Whole-request deadline, connect included (PUSH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Resolver for the connect-time address check (tests make names resolve to chosen addresses). */
  resolve?: HostResolver;
  /** Extra trusted certificate authority (PEM) for a local TLS test push service. */
  ca?: string;
  /** Circuit breaking per push-service host (defaults: 5 failures in a row, pauses from 2 s doubling to 60 s). */
  breaker?: Partial<Omit<HostBreakerOptions, 'now'>>;
  now?: () => number;
}

/** Longest error body kept as the reason of a rejected message. */
const MAX_REASON_BODY = 512;
/** Endpoint verdicts kept per scheme and host; the cache starts over beyond this many hosts. */
const MAX_CACHED_HOSTS = 1_000;

/**
 * Web Push (RFC 8030 + 8291 + 8292) over keep-alive agents. Per message only the encryption and the request are
 * done; the VAPID header comes from a per-origin cache, the payload bytes are shared by the batch.
 */
export class WebPushChannel implements DeliveryChannel {
  readonly name = 'web-push' as const;
  /** Requests in flight right now, and the most seen at once. */
  inFlight = 0;
  peakInFlight = 0;
  readonly vapid: VapidHeaderCache;
  readonly throttle: HostThrottle;
  readonly breaker: HostBreaker;
  private readonly agents: PushAgents;
  private readonly now: () => number;
  private readonly limit: InFlightLimit;
  /** The allow-list verdict per `protocol//host` (null: allowed); it depends on nothing else of a credential-free URL. */
  private readonly verdicts = new Map<string, Error | null>();

  constructor(private readonly options: WebPushChannelOptions) {
    this.now = options.now ?? Date.now;
    this.vapid = new VapidHeaderCache({ keys: options.vapidKeys, subject: options.vapidSubject, now: this.now });
    this.throttle = new HostThrottle(this.now);
    this.breaker = new HostBreaker({ ...DEFAULT_HOST_BREAKER, ...options.breaker, now: this.now });
    this.limit = new InFlightLimit(options.concurrency);
    this.agents = createPushAgents({ maxSockets: options.concurrency, allowLoopback: options.policy.allowLoopback, resolve: options.resolve, ca: options.ca });
  }

  canHandle(target: DeliveryTarget): boolean {
    return target.channel === 'web-push';
  }

  async send(batch: DeliveryBatch): Promise<DeliveryResult[]> {
    if (!isValidPushTopic(batch.topic)) throw new Error(`invalid push topic "${batch.topic}": at most 32 base64url characters`);
    const messages = batch.messages;
    const results: DeliveryResult[] = new Array(messages.length);
    let next = 0;
    const lane = async () => {
      while (next < messages.length) {
        const index = next++;
        const message = messages[index]!;
        results[index] = { id: message.id, outcome: await this.sendOne(message, batch) };
      }
    };
    const lanes = Math.min(this.options.concurrency, messages.length);
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
  }

  async close(): Promise<void> {
    this.agents.destroy();
  }

  private async sendOne(message: DeliveryMessage, batch: DeliveryBatch): Promise<DeliveryOutcome> {
    const stopped = batch.stop?.();
    if (stopped) return stopped;
    if (!this.canHandle(message.target)) return { kind: 'rejected', status: null, reason: `not a web-push target` };
    if (ttlSecondsUntil(batch.expiresAt, this.now()) <= 0) return { kind: 'expired', status: null, reason: 'alert expired before sending' };
    if (message.payload.length > MAX_PLAINTEXT_BYTES) {
      return { kind: 'rejected', status: null, reason: `payload is ${message.payload.length} bytes, over the ${MAX_PLAINTEXT_BYTES}-byte push limit` };
    }
    const subscription = message.target.subscription;
    let url: URL;
    try {
      // Re-checked per send: the allow-list may have changed since the subscription was stored.
      url = this.checkedEndpoint(subscription.endpoint);
    } catch (err) {
      return { kind: 'rejected', status: null, reason: (err as Error).message };
    }
    // Throttling is per push-service host (with its port, which only differs for local test services).
    const host = url.host;
    const pausedMs = this.throttle.remainingMs(host);
    if (pausedMs > 0) return { kind: 'throttled', status: null, reason: `${host} asked to slow down`, retryAfterMs: pausedMs };
    const brokenMs = this.breaker.remainingMs(host);
    if (brokenMs > 0) return failingHost(host, brokenMs);
    // Encryption and the request wait for a place, so waiting messages hold no body and no socket.
    const wait = this.limit.acquire();
    if (wait) await wait;
    try {
      // Checked again once the place is ours: the wait may have outlasted the alert or its sending, or a 429 or
      // failures paused the host.
      const stoppedAfterWait = batch.stop?.();
      if (stoppedAfterWait) return stoppedAfterWait;
      const ttl = ttlSecondsUntil(batch.expiresAt, this.now());
      if (ttl <= 0) return { kind: 'expired', status: null, reason: 'alert expired before sending' };
      const pausedAfterWaitMs = this.throttle.remainingMs(host);
      if (pausedAfterWaitMs > 0) return { kind: 'throttled', status: null, reason: `${host} asked to slow down`, retryAfterMs: pausedAfterWaitMs };
      const onTrial = this.breaker.onTrial(host);
      const brokenAfterWaitMs = this.breaker.admit(host);
      if (brokenAfterWaitMs > 0) return failingHost(host, brokenAfterWaitMs);
      // Whatever happens from here, the breaker hears how the request it admitted ended (exactly once).
      let signal: HostSignal = 'unknown';
      let recorded = false;
      try {
        let body: Buffer;
        try {
          // Keys were fully validated at subscribe time; here only decode (ECDH itself refuses a point off the curve).
          const p256dh = Buffer.from(subscription.keys.p256dh, 'base64url');
          const auth = Buffer.from(subscription.keys.auth, 'base64url');
          if (p256dh.length !== 65 || auth.length !== 16) throw new Error('subscription keys have the wrong length');
          body = encryptPayload(message.payload, p256dh, auth);
        } catch (err) {
          return { kind: 'rejected', status: null, reason: (err as Error).message };
        }

        const outcome = await this.post(url, body, {
          Authorization: this.vapid.headerFor(url.origin),
          'Content-Encoding': 'aes128gcm',
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(body.length),
          TTL: String(ttl),
          Urgency: batch.urgency,
          Topic: batch.topic,
        });
        signal = hostSignalOf(outcome);
        if (outcome.kind === 'throttled') this.throttle.pause(host, outcome.retryAfterMs ?? 0);
        if (onTrial && signal === 'failed') {
          this.breaker.record(host, signal);
          recorded = true;
          return failingHost(host, Math.max(this.breaker.remainingMs(host), 1));
        }
        return outcome;
      } finally {
        if (!recorded) this.breaker.record(host, signal);
      }
    } finally {
      this.limit.release();
    }
  }

  /**
   * The endpoint as a URL once the policy accepts it. The verdict depends only on the scheme and host of a URL
   * without credentials, so it is worked out once per push-service host instead of once per message.
   */
  private checkedEndpoint(endpoint: string): URL {
    if (typeof endpoint !== 'string' || endpoint.length > 2048) return parsePushEndpoint(endpoint, this.options.policy).url;
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      return parsePushEndpoint(endpoint, this.options.policy).url;
    }
    if (url.username || url.password) return parsePushEndpoint(endpoint, this.options.policy).url;
    const key = `${url.protocol}//${url.host}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      try {
        parsePushEndpoint(endpoint, this.options.policy);
        verdict = null;
      } catch (err) {
        verdict = err as Error;
      }
      if (this.verdicts.size >= MAX_CACHED_HOSTS) this.verdicts.clear();
      this.verdicts.set(key, verdict);
    }
    if (verdict) throw verdict;
    return url;
  }

  private post(url: URL, body: Buffer, headers: Record<string, string>): Promise<DeliveryOutcome> {
    const isHttp = url.protocol === 'http:';
    const agent = isHttp ? this.agents.http : this.agents.https;
    if (!agent) return Promise.resolve({ kind: 'rejected', status: null, reason: 'http endpoints are not allowed' });
    const send = isHttp ? httpRequest : httpsRequest;
    this.inFlight += 1;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    return new Promise<DeliveryOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: DeliveryOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inFlight -= 1;
        resolve(outcome);
      };
      const req = send(requestOptionsFor(url, agent, headers), (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          res.resume();
          res.on('end', () => finish(classifyResponse(status)));
          res.on('error', () => finish(classifyResponse(status)));
          return;
        }
        // Errors keep a little of the body: push services explain 400/413 there.
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_REASON_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        const done = () => {
          const detail = Buffer.concat(chunks).subarray(0, MAX_REASON_BODY).toString('utf8');
          finish(classifyResponse(status, res.headers['retry-after'], detail, this.now()));
        };
        res.on('end', done);
        res.on('error', done);
      });
      const timer = setTimeout(() => {
        req.destroy();
        finish({ kind: 'retry', status: null, reason: `timeout after ${this.options.timeoutMs} ms` });
      }, this.options.timeoutMs);
      req.on('error', (err) => finish(classifyNetworkError(err)));
      req.end(body);
    });
  }
}

/** A message for a host the breaker paused: not sent, retried once the pause is over, without using an attempt. */
function failingHost(host: string, retryAfterMs: number): DeliveryOutcome {
  return { kind: 'throttled', status: null, reason: `${host} is failing (timeouts, lost connections or 5xx): paused`, retryAfterMs };
}

/** Timeouts, lost connections and 5xx count against a host; any other answer shows it works. */
function hostSignalOf(outcome: DeliveryOutcome): HostSignal {
  if (outcome.kind === 'retry') return 'failed';
  return outcome.status === null ? 'unknown' : 'answered';
}

/** What `request(url, …)` would work out from the URL, given directly: the per-request URL conversion is skipped. */
function requestOptionsFor(url: URL, agent: RequestOptions['agent'], headers: Record<string, string>): RequestOptions {
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return {
    protocol: url.protocol,
    hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'POST',
    agent,
    headers,
  };
}
