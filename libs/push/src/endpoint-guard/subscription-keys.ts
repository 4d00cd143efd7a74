import { PushEndpointError } from './push-endpoint.error.js';

// NIST P-256 (secp256r1) domain parameters: y² = x³ − 3x + b (mod p).
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Decodes strict base64url (no padding, no `+` or `/`); undefined when the text is anything else. */
export function decodeBase64Url(text: unknown): Buffer | undefined {
  if (typeof text !== 'string' || text.length === 0 || text.length > 1024) return undefined;
  const trimmed = text.replace(/={1,2}$/, '');
  if (!BASE64URL.test(trimmed) || trimmed.length % 4 === 1) return undefined;
  return Buffer.from(trimmed, 'base64url');
}

function toBigInt(bytes: Buffer): bigint {
  return BigInt('0x' + bytes.toString('hex'));
}

function mod(value: bigint): bigint {
  const r = value % P;
  return r < 0n ? r + P : r;
}

/** True when the 65 bytes are an uncompressed P-256 point (0x04 ‖ x ‖ y) that lies on the curve. */
export function isP256Point(bytes: Buffer): boolean {
  if (bytes.length !== 65 || bytes[0] !== 0x04) return false;
  const x = toBigInt(bytes.subarray(1, 33));
  const y = toBigInt(bytes.subarray(33, 65));
  if (x >= P || y >= P) return false;
  return mod(y * y) === mod(x * x * x - 3n * x + B);
}

/**
 * Checks a subscription's keys as RFC 8291 needs them: p256dh is the browser's uncompressed P-256 public key
 * (65 bytes, on the curve), auth is a 16-byte secret; both base64url. Throws PushEndpointError naming the bad key.
 */
export function validateSubscriptionKeys(keys: { p256dh?: unknown; auth?: unknown } | undefined): { p256dh: Buffer; auth: Buffer } {
  const p256dh = decodeBase64Url(keys?.p256dh);
  if (p256dh === undefined) {
    throw new PushEndpointError('push_key_p256dh_invalid', 'keys.p256dh must be base64url text (A–Z, a–z, 0–9, - and _).');
  }
  if (p256dh.length !== 65 || p256dh[0] !== 0x04) {
    throw new PushEndpointError('push_key_p256dh_invalid', `keys.p256dh must be a 65-byte uncompressed P-256 public key (got ${p256dh.length} bytes).`);
  }
  if (!isP256Point(p256dh)) {
    throw new PushEndpointError('push_key_p256dh_invalid', 'keys.p256dh is not a point on the P-256 curve.');
  }
  const auth = decodeBase64Url(keys?.auth);
  if (auth === undefined) {
    throw new PushEndpointError('push_key_auth_invalid', 'keys.auth must be base64url text (A–Z, a–z, 0–9, - and _).');
  }
  if (auth.length !== 16) {
    throw new PushEndpointError('push_key_auth_invalid', `keys.auth must be a 16-byte secret (got ${auth.length} bytes).`);
  }
  return { p256dh, auth };
}
