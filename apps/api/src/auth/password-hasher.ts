import { Inject, Injectable, Optional, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is about 128 * N * r bytes. */
  N: number;
  r: number;
  p: number;
}

/** About 32 MiB and a few tens of milliseconds per hash: memory-hard enough to make offline guessing expensive. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

/** Injection token to run the hasher with other parameters (e.g. cheaper ones in tests). */
export const SCRYPT_PARAMS = Symbol('SCRYPT_PARAMS');

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Refuse to run parameters read from a stored hash that would take unbounded memory or time.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

function parse(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((v) => (/^\d{1,8}$/.test(v) ? Number(v) : NaN));
  const isPowerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || N > MAX_N || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const hash = Buffer.from(parts[5], 'base64url');
  if (salt.length === 0 || hash.length === 0) return null;
  return { params: { N, r, p }, salt, hash };
}

/**
 * Password hashing with scrypt from node:crypto (no native build). Hashes are stored as
 * `scrypt$N$r$p$salt$hash` (base64url) so the parameters can be raised later: old hashes still verify and
 * `needsRehash` tells when to re-hash at the next successful login.
 */
@Injectable()
export class PasswordHasher implements OnApplicationBootstrap {
  private dummyHash: Promise<string> | undefined;

  constructor(@Optional() @Inject(SCRYPT_PARAMS) private readonly params: ScryptParams = DEFAULT_SCRYPT_PARAMS) {}

  /** Prepares the stand-in hash in the background, so even the first unknown username costs exactly one hash. */
  onApplicationBootstrap(): void {
    this.dummyHash ??= this.hash(randomBytes(16).toString('base64url'));
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, this.params);
    const { N, r, p } = this.params;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /** Constant-time comparison; false for a malformed stored hash. */
  async verify(password: string, encoded: string): Promise<boolean> {
    const parsed = parse(encoded);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed.params);
    return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
  }

  /**
   * Spends the same work as verifying a real password and returns false: used when the username is unknown,
   * so the response time does not tell which usernames exist.
   */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('base64url'));
    await this.verify(password, await this.dummyHash);
    return false;
  }

  needsRehash(encoded: string): boolean {
    const parsed = parse(encoded);
    if (!parsed) return true;
    const { N, r, p } = parsed.params;
    return N !== this.params.N || r !== this.params.r || p !== this.params.p || parsed.hash.length !== KEY_LENGTH;
  }
}
