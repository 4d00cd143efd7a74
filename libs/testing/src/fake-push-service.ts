import { createECDH, createPublicKey, randomBytes, randomUUID, verify, type ECDH } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushSubscriptionJson } from '@app/contracts';

// http_ece ships no types; only `decrypt` is used, and only by this test service.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt(body: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: Buffer }): Buffer;
};

/** A browser-side subscription with the private halves a browser would keep, so a test can decrypt what it got. */
export interface TestSubscription {
  id: string;
  subscription: PushSubscriptionJson;
  /** Raw 32-byte P-256 private key matching `subscription.keys.p256dh`. */
  privateKey: Buffer;
  /** The 16-byte auth secret (`subscription.keys.auth`). */
  authSecret: Buffer;
}

/** A subscription with a real P-256 key pair and auth secret, its endpoint `<endpointBase>/<id>`. */
export function createTestSubscription(endpointBase: string, id: string = randomUUID()): TestSubscription {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    id,
    subscription: {
      endpoint: `${endpointBase.replace(/\/+$/, '')}/${id}`,
      expirationTime: null,
      keys: { p256dh: publicKey.toString('base64url'), auth: authSecret.toString('base64url') },
    },
    privateKey: ecdh.getPrivateKey(),
    authSecret,
  };
}

/** How a request is answered instead of with 201. */
export type PushFault =
  /** Answer with this status (410, 413, 429 with Retry-After, 500…). */
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  /** Read the request and never answer. */
  | { kind: 'hang' }
  /** Destroy the connection without an answer. */
  | { kind: 'reset' };

export interface FakePushServiceOptions {
  /**
   * Which accepted messages to decrypt (for registered subscriptions): 'all', 'none' (benchmark fast path), or a
   * sampling interval n (every n-th accepted message). Default 'all'.
   */
  decrypt?: 'all' | 'none' | number;
  /** Milliseconds to wait before answering each request (e.g. to measure concurrency). Default 0. */
  delayMs?: number;
  /**
   * Serve HTTPS with a self-signed certificate for 127.0.0.1 made at start (needs the openssl CLI), for clients
   * that speak only https (web-push's `sendNotification`). Trust it with `certificate`. Default false: plain HTTP.
   */
  tls?: boolean;
}

/** A throwaway self-signed P-256 certificate for 127.0.0.1 and localhost. */
function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-push-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the service saw of one accepted message. */
export interface ReceivedPush {
  id: string;
  ttl: number;
  urgency: string | null;
  topic: string | null;
  /** Decrypted text, when this message was decrypted. */
  plaintext?: string;
}

const MAX_BODY = 4096;

/**
 * A local push service speaking enough RFC 8030 for tests and benchmarks: `POST /push/<id>` answers 201 with a
 * Location after checking the VAPID header (RFC 8292: signature, audience, expiry ≤ 24 h) and the TTL header. It
 * can decrypt messages for subscriptions made with `createTestSubscription` (http_ece, an implementation
 * independent of the sender's), and misbehave on command per subscription id or for all.
 */
export class FakePushService {
  /** Accepted messages per subscription id. */
  readonly acceptedById = new Map<string, number>();
  /** Requests per subscription id, faults included. */
  readonly attemptsById = new Map<string, number>();
  /** Accepted messages per Topic. */
  readonly acceptedByTopic = new Map<string, number>();
  /** Accepted messages with their headers (and text when decrypted); empty when `keepMessages` is false. */
  readonly messages: ReceivedPush[] = [];
  /** Requests refused for a protocol error, with the reason (bad VAPID, missing TTL, oversize…). */
  readonly refusals: { id: string; status: number; reason: string }[] = [];
  decryptFailures = 0;
  accepted = 0;
  inFlight = 0;
  peakInFlight = 0;
  /** How many distinct VAPID tokens were verified (verification is cached per token). */
  vapidTokensVerified = 0;
  keepMessages = true;

  private readonly subscriptions = new Map<string, { ecdh: ECDH; authSecret: Buffer }>();
  private readonly faults = new Map<string, PushFault[]>();
  private readonly verifiedTokens = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private port = 0;
  private tlsMaterial: { key: string; cert: string } | undefined;

  constructor(private readonly options: FakePushServiceOptions = {}) {}

  /** The PEM certificate to trust when `tls` is on. */
  get certificate(): string | undefined {
    return this.tlsMaterial?.cert;
  }

  async start(): Promise<this> {
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    if (this.options.tls) this.tlsMaterial ??= selfSignedCertificate();
    const server: Server = this.tlsMaterial ? createTlsServer(this.tlsMaterial, handler) : createServer(handler);
    server.keepAliveTimeout = 60_000;
    server.on(this.tlsMaterial ? 'secureConnection' : 'connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  get origin(): string {
    return `${this.tlsMaterial ? 'https' : 'http'}://127.0.0.1:${this.port}`;
  }

  /** Prefix for endpoints: `<endpointBase>/<id>`. */
  get endpointBase(): string {
    return `${this.origin}/push`;
  }

  /** Remembers a subscription's private keys so its messages can be decrypted. */
  register(test: TestSubscription): TestSubscription {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(test.privateKey);
    this.subscriptions.set(test.id, { ecdh, authSecret: test.authSecret });
    return test;
  }

  /** A new test subscription at this service, registered for decryption. */
  createSubscription(id?: string): TestSubscription {
    return this.register(createTestSubscription(this.endpointBase, id));
  }

  /** Queues faults for a subscription id, or for every id with '*'; each request consumes one, then 201 again. */
  fail(id: string, ...faults: PushFault[]): void {
    this.faults.set(id, [...(this.faults.get(id) ?? []), ...faults]);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  acceptedFor(id: string): number {
    return this.acceptedById.get(id) ?? 0;
  }

  private takeFault(id: string): PushFault | undefined {
    for (const key of [id, '*']) {
      const queue = this.faults.get(key);
      if (queue?.length) {
        const fault = queue.shift();
        if (queue.length === 0) this.faults.delete(key);
        return fault;
      }
    }
    return undefined;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const match = /^\/push\/([A-Za-z0-9_-]{1,128})$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      req.resume();
      res.writeHead(404).end();
      return;
    }
    const id = match[1]!;
    this.attemptsById.set(id, (this.attemptsById.get(id) ?? 0) + 1);
    this.inFlight += 1;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    let done = false;
    const release = () => {
      if (!done) {
        done = true;
        this.inFlight -= 1;
      }
    };
    res.on('close', release);

    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY + 1) chunks.push(chunk);
    });
    req.on('end', () => {
      const fault = this.takeFault(id);
      if (fault?.kind === 'hang') return;
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      const answer = () => {
        if (fault?.kind === 'status') {
          const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': fault.retryAfter } : {};
          res.writeHead(fault.status, headers).end(fault.body ?? '');
          return;
        }
        this.accept(id, req, Buffer.concat(chunks), size, res);
      };
      if (this.options.delayMs) setTimeout(answer, this.options.delayMs);
      else answer();
    });
  }

  private refuse(res: ServerResponse, id: string, status: number, reason: string): void {
    this.refusals.push({ id, status, reason });
    res.writeHead(status, { 'Content-Type': 'text/plain' }).end(reason);
  }

  private accept(id: string, req: IncomingMessage, body: Buffer, size: number, res: ServerResponse): void {
    if (size > MAX_BODY) return this.refuse(res, id, 413, `body is ${size} bytes, over ${MAX_BODY}`);
    const vapidProblem = this.checkVapid(req.headers.authorization, `${this.tlsMaterial ? 'https' : 'http'}://${req.headers.host}`);
    if (vapidProblem) return this.refuse(res, id, 401, vapidProblem);
    const ttlHeader = req.headers.ttl;
    if (typeof ttlHeader !== 'string' || !/^\d+$/.test(ttlHeader)) return this.refuse(res, id, 400, 'TTL header required');
    if (req.headers['content-encoding'] !== 'aes128gcm') return this.refuse(res, id, 400, 'Content-Encoding must be aes128gcm');
    const topic = typeof req.headers.topic === 'string' ? req.headers.topic : null;
    if (topic !== null && !/^[A-Za-z0-9_-]{1,32}$/.test(topic)) return this.refuse(res, id, 400, 'Topic must be at most 32 base64url characters');
    const urgency = typeof req.headers.urgency === 'string' ? req.headers.urgency : null;

    this.accepted += 1;
    this.acceptedById.set(id, (this.acceptedById.get(id) ?? 0) + 1);
    if (topic) this.acceptedByTopic.set(topic, (this.acceptedByTopic.get(topic) ?? 0) + 1);
    const received: ReceivedPush = { id, ttl: Number(ttlHeader), urgency, topic };
    const keys = this.subscriptions.get(id);
    const sample = this.options.decrypt ?? 'all';
    const wanted = sample === 'all' || (typeof sample === 'number' && this.accepted % sample === 0);
    if (keys && wanted) {
      try {
        received.plaintext = ece.decrypt(body, { version: 'aes128gcm', privateKey: keys.ecdh, authSecret: keys.authSecret }).toString('utf8');
      } catch {
        this.decryptFailures += 1;
      }
    }
    if (this.keepMessages) this.messages.push(received);
    res.writeHead(201, { Location: `${this.origin}/message/${randomUUID()}` }).end();
  }

  /** RFC 8292: `vapid t=<ES256 JWT>, k=<public key>`; returns what is wrong, or undefined. Verified tokens are cached. */
  private checkVapid(header: string | undefined, audience: string): string | undefined {
    const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
    if (!match) return 'Authorization must be "vapid t=<jwt>, k=<key>"';
    const [, token, key] = match as unknown as [string, string, string];
    const now = Math.floor(Date.now() / 1000);
    const cachedExp = this.verifiedTokens.get(token + key);
    if (cachedExp !== undefined) return cachedExp > now ? undefined : 'VAPID token expired';
    const [head, payload, signature] = token.split('.') as [string, string, string];
    let claims: { aud?: unknown; exp?: unknown; sub?: unknown };
    try {
      const jwtHeader = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: unknown };
      if (jwtHeader.alg !== 'ES256') return 'VAPID token must be ES256';
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
      const point = Buffer.from(key, 'base64url');
      if (point.length !== 65 || point[0] !== 4) return 'VAPID key must be an uncompressed P-256 point';
      const publicKey = createPublicKey({
        key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
        format: 'jwk',
      });
      const valid = verify('sha256', Buffer.from(`${head}.${payload}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
      if (!valid) return 'VAPID signature does not verify';
    } catch {
      return 'VAPID token is malformed';
    }
    if (claims.aud !== audience) return `VAPID aud must be ${audience}`;
    if (typeof claims.exp !== 'number' || claims.exp <= now) return 'VAPID token expired';
    if (claims.exp > now + 24 * 3600) return 'VAPID exp is more than 24 hours ahead';
    if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) return 'VAPID sub must be a mailto: or https: contact';
    this.vapidTokensVerified += 1;
    this.verifiedTokens.set(token + key, claims.exp);
    return undefined;
  }
}
