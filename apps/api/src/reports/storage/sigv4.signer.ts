import { createHash, createHmac } from 'node:crypto';

/** AWS Signature Version 4 (header form), as S3 and S3-compatible services check it. */

export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

export interface SigV4Request {
  method: string;
  /** The URL as it will be sent; its path must already be encoded the way the service expects (see `encodeKey`). */
  url: URL;
  /** Headers to sign besides host and x-amz-date (x-amz-content-sha256 for S3, content-type, …). */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`. */
  payloadSha256: string;
  now: Date;
}

export interface SignedHeaders {
  /** Every header to send (host excepted: fetch sets it from the URL, and it is signed as such). */
  headers: Record<string, string>;
  signature: string;
}

/** RFC 3986 percent-encoding of everything but unreserved characters, as SigV4 canonical strings need. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An object key as a URL path: each segment encoded, the slashes kept. */
export function encodeKey(key: string): string {
  return key.split('/').map(uriEncode).join('/');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `20130524T000000Z` */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Signs a request: returns the headers to send, with `authorization` and `x-amz-date`. */
export function signV4(request: SigV4Request, credentials: SigV4Credentials): SignedHeaders {
  const timestamp = amzDate(request.now);
  const day = timestamp.slice(0, 8);
  const given: Record<string, string> = { ...(request.headers ?? {}) };
  const toSign = new Map<string, string>();
  for (const [name, value] of Object.entries(given)) toSign.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  toSign.set('host', request.url.host);
  toSign.set('x-amz-date', timestamp);
  const names = [...toSign.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname || '/',
    canonicalQuery(request.url),
    names.map((name) => `${name}:${toSign.get(name)}\n`).join(''),
    signedHeaders,
    request.payloadSha256,
  ].join('\n');
  const scope = `${day}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', timestamp, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), credentials.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return {
    headers: {
      ...given,
      'x-amz-date': timestamp,
      authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    },
    signature,
  };
}
