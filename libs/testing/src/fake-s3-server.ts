import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface FakeS3Object {
  body: Buffer;
  contentType: string;
}

export interface FakeS3RequestRecord {
  method: string;
  bucket: string;
  key: string;
  status: number;
  /** Why the request was refused (S3 error code), or null. */
  error: string | null;
}

export interface FakeS3Options {
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  bucket: string;
  /** How far a request's x-amz-date may be from this server's clock (S3 allows 15 minutes). */
  maxSkewMs?: number;
}

const MAX_OBJECT_BYTES = 20_000_000;

/**
 * A small S3-compatible object store on loopback, path-style (`/<bucket>/<key>`): PUT, GET, HEAD and DELETE of
 * objects, each request's AWS Signature Version 4 checked the way S3 checks it (canonical request rebuilt from what
 * arrived, body hash compared with x-amz-content-sha256, date skew), answered with S3's XML errors otherwise.
 * Written apart from the api's signer so that a mistake in one is caught by the other. Can be told to fail.
 */
export class FakeS3Server {
  readonly objects = new Map<string, FakeS3Object>();
  readonly requests: FakeS3RequestRecord[] = [];
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private port = 0;
  /** Remaining requests of a method to fail with a status (e.g. the next 1 PUT with 503). */
  private failures: { method: string; status: number; remaining: number }[] = [];

  constructor(private readonly options: FakeS3Options) {}

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (typeof address === 'object' && address) this.port = address.port;
    this.server = server;
    return this;
  }

  /** The endpoint, e.g. `http://127.0.0.1:40123` (path-style: the bucket is the first path segment). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Object keys stored in the bucket, sorted. */
  keys(): string[] {
    return [...this.objects.keys()].sort();
  }

  /** Makes the next `count` requests of `method` fail with `status`. */
  failNext(method: 'PUT' | 'GET' | 'DELETE', status: number, count = 1): void {
    this.failures.push({ method, status, remaining: count });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const [rawPath, rawQuery = ''] = rawUrl.split('?', 2);
    const segments = rawPath.split('/').slice(1);
    const bucket = decodeURIComponent(segments[0] ?? '');
    const key = segments.slice(1).map(decodeURIComponent).join('/');
    const method = req.method ?? 'GET';
    const record: FakeS3RequestRecord = { method, bucket, key, status: 0, error: null };
    this.requests.push(record);
    const fail = (status: number, code: string, message: string) => {
      record.status = status;
      record.error = code;
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
    };

    let body: Buffer;
    try {
      body = await readBody(req, MAX_OBJECT_BYTES);
    } catch {
      return fail(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.');
    }
    const problem = this.checkSignature(req, rawPath, rawQuery, body);
    if (problem) return fail(403, problem.code, problem.message);
    if (bucket !== this.options.bucket) return fail(404, 'NoSuchBucket', 'The specified bucket does not exist.');
    if (!key) return fail(400, 'InvalidRequest', 'This fake serves objects only.');

    const failure = this.failures.find((f) => f.method === method && f.remaining > 0);
    if (failure) {
      failure.remaining -= 1;
      return fail(failure.status, failure.status === 503 ? 'SlowDown' : 'InternalError', 'Injected failure.');
    }

    const answer = (status: number, headers: Record<string, string> = {}, content?: Buffer) => {
      record.status = status;
      res.writeHead(status, headers);
      res.end(content);
    };
    const stored = this.objects.get(key);
    switch (method) {
      case 'PUT':
        this.objects.set(key, { body, contentType: header(req, 'content-type') ?? 'binary/octet-stream' });
        return answer(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
      case 'GET':
      case 'HEAD':
        if (!stored) return fail(404, 'NoSuchKey', 'The specified key does not exist.');
        return answer(200, { 'content-type': stored.contentType, 'content-length': String(stored.body.length) }, method === 'GET' ? stored.body : undefined);
      case 'DELETE':
        this.objects.delete(key);
        return answer(204);
      default:
        return fail(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  private checkSignature(req: IncomingMessage, rawPath: string, rawQuery: string, body: Buffer): { code: string; message: string } | null {
    const authorization = header(req, 'authorization');
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      authorization ?? '',
    );
    if (!match) return { code: 'AccessDenied', message: 'A SigV4 Authorization header is required.' };
    const [, accessKeyId, day, region, signedHeaderList, signature] = match;
    if (accessKeyId !== this.options.accessKeyId) return { code: 'InvalidAccessKeyId', message: 'The access key id does not exist.' };
    if (region !== (this.options.region ?? 'us-east-1')) return { code: 'AuthorizationHeaderMalformed', message: `Wrong region ${region}.` };
    const date = header(req, 'x-amz-date') ?? '';
    if (!date.startsWith(day)) return { code: 'AuthorizationHeaderMalformed', message: 'The credential date does not match x-amz-date.' };
    const at = Date.parse(date.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (Number.isNaN(at) || Math.abs(Date.now() - at) > (this.options.maxSkewMs ?? 15 * 60_000)) {
      return { code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the server time is too large.' };
    }
    const payloadHash = header(req, 'x-amz-content-sha256');
    if (!payloadHash) return { code: 'InvalidRequest', message: 'Missing x-amz-content-sha256.' };
    if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== createHash('sha256').update(body).digest('hex')) {
      return { code: 'XAmzContentSHA256Mismatch', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };
    }
    const signedHeaders = signedHeaderList.split(';');
    if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) {
      return { code: 'AccessDenied', message: 'host and x-amz-date must be signed.' };
    }
    const canonicalHeaders = signedHeaders.map((name) => `${name}:${(header(req, name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
    const query = rawQuery
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2).map((part) => s3Encode(decodeURIComponent(part.replace(/\+/g, ' ')))))
      .map(([k, v = '']) => `${k}=${v}`)
      .sort()
      .join('&');
    // S3 signs the path as sent (each segment encoded once), not a normalised one.
    const canonicalPath = rawPath.split('/').map((segment) => s3Encode(decodeURIComponent(segment))).join('/');
    const canonicalRequest = [req.method, canonicalPath, query, canonicalHeaders, signedHeaderList, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const stringToSign = `AWS4-HMAC-SHA256\n${date}\n${scope}\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
    let key: Buffer = createHmac('sha256', `AWS4${this.options.secretAccessKey}`).update(day).digest();
    for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(stringToSign).digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
      return { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
    }
    return null;
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? null);
}

function s3Encode(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        reject(new Error('too large'));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts a fake S3 endpoint with one bucket. */
export function startFakeS3Server(options: FakeS3Options): Promise<FakeS3Server> {
  return new FakeS3Server(options).start();
}
