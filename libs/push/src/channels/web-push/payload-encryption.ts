import { createCipheriv, createECDH, createHmac, randomFillSync, type ECDH } from 'node:crypto';

/** Record size written in the header; one record carries the whole message. */
const RECORD_SIZE = 4096;
/** RFC 8291 §4: a push message body is at most 4096 bytes: 86 header + plaintext + 1 delimiter + 16 tag. */
export const MAX_PLAINTEXT_BYTES = 3993;

const KEY_INFO_PREFIX = Buffer.from('WebPush: info\0');
const CEK_INFO = Buffer.from('Content-Encoding: aes128gcm\0\x01');
const NONCE_INFO = Buffer.from('Content-Encoding: nonce\0\x01');
const ONE = Buffer.from([1]);
const LAST_RECORD = Buffer.from([2]);
/** salt (16) ‖ record size (4) ‖ key length (1) ‖ sender public key (65). */
const HEADER_BYTES = 86;
const TAG_BYTES = 16;
const SALT_BYTES = 16;
/** Salts are cut from one CSPRNG draw per this many messages: one call instead of one per message. */
const SALTS_PER_DRAW = 256;

/**
 * The sender's ephemeral keys. `generateKeys()` replaces the object's key pair with a fresh random one on every
 * call, so one object serves every message (no per-message object set-up) while each message still gets its own
 * key pair, as RFC 8291 requires. Encryption is synchronous, so no two messages ever share a pair.
 */
let ephemeral: ECDH | undefined;
let salts = Buffer.alloc(0);
let saltOffset = 0;

function nextSalt(): Buffer {
  if (saltOffset + SALT_BYTES > salts.length) {
    // A fresh buffer each draw: the slices handed out earlier stay valid and are never reused.
    salts = randomFillSync(Buffer.allocUnsafe(SALT_BYTES * SALTS_PER_DRAW));
    saltOffset = 0;
  }
  const salt = salts.subarray(saltOffset, saltOffset + SALT_BYTES);
  saltOffset += SALT_BYTES;
  return salt;
}

function hmac(key: Buffer, ...data: Buffer[]): Buffer {
  const h = createHmac('sha256', key);
  for (const part of data) h.update(part);
  return h.digest();
}

/**
 * Encrypts one push message for one subscription (RFC 8291 with RFC 8188 aes128gcm): a fresh ECDH key pair and
 * salt per message, HKDF with the subscription's auth secret, one AES-128-GCM record. Returns the request body,
 * written into one buffer of its final size.
 * HKDF-Expand needs one HMAC block each, so it is written out instead of calling hkdfSync three times.
 */
export function encryptPayload(plaintext: Uint8Array, uaPublicKey: Buffer, authSecret: Buffer): Buffer {
  if (plaintext.length > MAX_PLAINTEXT_BYTES) {
    throw new RangeError(`push payload is ${plaintext.length} bytes; at most ${MAX_PLAINTEXT_BYTES} fit in one message`);
  }
  ephemeral ??= createECDH('prime256v1');
  const asPublicKey = ephemeral.generateKeys();
  const sharedSecret = ephemeral.computeSecret(uaPublicKey);
  const salt = nextSalt();

  // RFC 8291 §3.4: IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" ‖ 0 ‖ ua_public ‖ as_public, 32)
  const prkKey = hmac(authSecret, sharedSecret);
  const ikm = hmac(prkKey, KEY_INFO_PREFIX, uaPublicKey, asPublicKey, ONE);
  // RFC 8188 §2.2/2.3: CEK and NONCE from HKDF(salt, IKM)
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, CEK_INFO).subarray(0, 16);
  const nonce = hmac(prk, NONCE_INFO).subarray(0, 12);

  const body = Buffer.allocUnsafe(HEADER_BYTES + plaintext.length + 1 + TAG_BYTES);
  salt.copy(body, 0);
  body.writeUInt32BE(RECORD_SIZE, 16);
  body.writeUInt8(asPublicKey.length, 20);
  asPublicKey.copy(body, 21);
  const cipher = createCipheriv('aes-128-gcm', cek, nonce);
  let at = HEADER_BYTES;
  at += cipher.update(plaintext).copy(body, at);
  at += cipher.update(LAST_RECORD).copy(body, at);
  at += cipher.final().copy(body, at);
  cipher.getAuthTag().copy(body, at);
  return body;
}
