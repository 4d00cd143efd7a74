import { createCipheriv, createECDH, createHmac, randomBytes } from 'node:crypto';

/** Record size written in the header; one record carries the whole message. */
const RECORD_SIZE = 4096;
/** RFC 8291 §4: a push message body is at most 4096 bytes: 86 header + plaintext + 1 delimiter + 16 tag. */
export const MAX_PLAINTEXT_BYTES = 3993;

const KEY_INFO_PREFIX = Buffer.from('WebPush: info\0');
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0\x01');
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0\x01');
const ONE = Buffer.from([1]);
const LAST_RECORD = Buffer.from([2]);

function hmac(key: Buffer, ...data: Buffer[]): Buffer {
  const h = createHmac('sha256', key);
  for (const part of data) h.update(part);
  return h.digest();
}

/**
 * Encrypts one push message for one subscription (RFC 8291 with RFC 8188 aes128gcm): a fresh ECDH key pair and
 * salt per message, HKDF with the subscription's auth secret, one AES-128-GCM record. Returns the request body.
 * HKDF-Expand needs one HMAC block each, so it is written out instead of calling hkdfSync three times.
 */
export function encryptPayload(plaintext: Uint8Array, uaPublicKey: Buffer, authSecret: Buffer): Buffer {
  if (plaintext.length > MAX_PLAINTEXT_BYTES) {
    throw new RangeError(`push payload is ${plaintext.length} bytes; at most ${MAX_PLAINTEXT_BYTES} fit in one message`);
  }
  const ecdh = createECDH('prime256v1');
  const asPublicKey = ecdh.generateKeys();
  const sharedSecret = ecdh.computeSecret(uaPublicKey);
  const salt = randomBytes(16);

  // RFC 8291 §3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" ‖ 0 ‖ ua_public ‖ as_public, 32)
  const prkKey = hmac(authSecret, sharedSecret);
  const ikm = hmac(prkKey, KEY_INFO_PREFIX, uaPublicKey, asPublicKey, ONE);
  // RFC 8188 §2.2/2.3: CEK and NONCE from HKDF(salt, IKM)
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, CEK_INFO).subarray(0, 16);
  const nonce = hmac(prk, NONCE_INFO).subarray(0, 12);

  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  const first = cipher.update(plaintext);
  const delimiter = cipher.update(LAST_RECORD);
  cipher.final();
  const tag = cipher.getAuthTag();

  const header = Buffer.allocUnsafe(21);
  salt.copy(header, 0);
  header.writeUInt32BE(RECORD_SIZE, 16);
  header.writeUInt8(asPublicKey.length, 20);
  return Buffer.concat([header, asPublicKey, first, delimiter, tag]);
}
