import { createECDH, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { decodeBase64Url, isP256Point } from '../../endpoint-guard/subscription-keys.js';

/** The application server's P-256 key pair (RFC 8292), base64url like web-push's `generateVAPIDKeys`. */
export interface VapidKeys {
  /** 65-byte uncompressed public point; browsers get it as `applicationServerKey`. */
  publicKey: string;
  /** 32-byte private scalar. */
  privateKey: string;
}

/** A fresh key pair. Only `loadOrCreateVapidKeys` should call this outside tests: keys must persist. */
export function generateVapidKeys(): VapidKeys {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' });
  const x = Buffer.from(jwk.x!, 'base64url');
  const y = Buffer.from(jwk.y!, 'base64url');
  return {
    publicKey: Buffer.concat([Buffer.from([4]), x, y]).toString('base64url'),
    privateKey: Buffer.from(jwk.d!, 'base64url').toString('base64url'),
  };
}

/** The signing key for the pair; throws when the pair is malformed or the halves do not belong together. */
export function vapidSigningKey(keys: VapidKeys): KeyObject {
  const pub = decodeBase64Url(keys.publicKey);
  const priv = decodeBase64Url(keys.privateKey);
  if (!pub || !isP256Point(pub)) throw new Error('VAPID public key is not a base64url uncompressed P-256 point');
  if (!priv || priv.length !== 32) throw new Error('VAPID private key is not a base64url 32-byte P-256 scalar');
  let derived: Buffer;
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(priv);
    derived = ecdh.getPublicKey();
  } catch {
    throw new Error('VAPID private key is not a valid P-256 scalar');
  }
  if (!derived.equals(pub)) throw new Error('VAPID public and private keys do not belong together');
  return createPrivateKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: pub.subarray(1, 33).toString('base64url'),
      y: pub.subarray(33, 65).toString('base64url'),
      d: priv.toString('base64url'),
    },
    format: 'jwk',
  });
}
