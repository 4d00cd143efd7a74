import { sign, type KeyObject } from 'node:crypto';
import { vapidSigningKey, type VapidKeys } from './vapid-keys.js';

export interface VapidHeaderCacheOptions {
  keys: VapidKeys;
  /** RFC 8292 `sub`: mailto: or https: contact. */
  subject: string;
  /** Token lifetime (`exp` − now); RFC 8292 allows at most 24 h. Default 12 h. */
  lifetimeMs?: number;
  /** A cached token is replaced after this long. Default 1 h. */
  refreshMs?: number;
  now?: () => number;
}

const MAX_LIFETIME_MS = 24 * 3600_000;

/**
 * The `Authorization: vapid t=…, k=…` header per push-service origin (the JWT `aud`). Signing an ES256 JWT costs
 * about as much as encrypting a message, so one token per origin is signed and reused until it is an hour old.
 */
export class VapidHeaderCache {
  /** How many JWTs were signed; tests check it stays at one per origin. */
  signatures = 0;
  private readonly key: KeyObject;
  private readonly publicKey: string;
  private readonly lifetimeMs: number;
  private readonly refreshMs: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, { header: string; signedAt: number }>();
  private readonly jwtHeader = Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'ES256' })).toString('base64url');

  constructor(private readonly options: VapidHeaderCacheOptions) {
    this.key = vapidSigningKey(options.keys);
    this.publicKey = options.keys.publicKey;
    this.lifetimeMs = Math.min(options.lifetimeMs ?? 12 * 3600_000, MAX_LIFETIME_MS);
    this.refreshMs = Math.min(options.refreshMs ?? 3600_000, this.lifetimeMs);
    this.now = options.now ?? Date.now;
  }

  /** The header for an origin such as `https://fcm.googleapis.com`. */
  headerFor(origin: string): string {
    const now = this.now();
    const cached = this.cache.get(origin);
    if (cached && now - cached.signedAt < this.refreshMs) return cached.header;
    const claims = { aud: origin, exp: Math.floor((now + this.lifetimeMs) / 1000), sub: this.options.subject };
    const signingInput = `${this.jwtHeader}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const signature = sign('sha256', Buffer.from(signingInput), { key: this.key, dsaEncoding: 'ieee-p1363' });
    this.signatures += 1;
    const header = `vapid t=${signingInput}.${signature.toString('base64url')}, k=${this.publicKey}`;
    this.cache.set(origin, { header, signedAt: now });
    return header;
  }
}
