import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { PhotoStorageConfig } from '@app/config';
import { assertPhotoKey, PhotoStorage, PhotoStorageError, type StoredPhoto } from './photo-storage.js';
import { EMPTY_PAYLOAD_SHA256, encodeKey, sha256Hex, signV4, type SigV4Credentials } from './sigv4.signer.js';

/** The bucket and how to sign for it, as configured (`PHOTO_STORAGE=s3`), and what tests may change. */
export type S3PhotoStorageOptions = Omit<Extract<PhotoStorageConfig, { kind: 's3' }>, 'kind'> & {
  /** Time limit of one request. */
  timeoutMs?: number;
  /** The clock the signatures are dated with (tests). */
  now?: () => Date;
};

/** Photos as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …), over plain HTTP with SigV4. */
export class S3PhotoStorage extends PhotoStorage {
  readonly kind = 's3';
  private readonly credentials: SigV4Credentials;

  constructor(private readonly options: S3PhotoStorageOptions) {
    super();
    this.credentials = { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey, region: options.region, service: 's3' };
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const payload = sha256Hex(body);
    const res = await this.send('PUT', key, payload, { 'content-type': contentType }, body);
    await this.expect(res, [200], 'store');
  }

  async get(key: string): Promise<StoredPhoto | null> {
    const res = await this.send('GET', key, EMPTY_PAYLOAD_SHA256);
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    await this.expect(res, [200], 'read');
    const length = Number(res.headers.get('content-length'));
    return { body: Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), bytes: Number.isFinite(length) ? length : null };
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key, EMPTY_PAYLOAD_SHA256);
    await this.expect(res, [200, 204, 404], 'remove');
  }

  private urlOf(key: string): URL {
    const base = new URL(this.options.endpoint);
    if (this.options.forcePathStyle) {
      const prefix = base.pathname.replace(/\/+$/, '');
      return new URL(`${base.protocol}//${base.host}${prefix}/${this.options.bucket}/${encodeKey(key)}`);
    }
    return new URL(`${base.protocol}//${this.options.bucket}.${base.host}/${encodeKey(key)}`);
  }

  private async send(method: 'GET' | 'PUT' | 'DELETE', key: string, payload: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Response> {
    assertPhotoKey(key);
    const url = this.urlOf(key);
    const signed = signV4(
      { method, url, headers: { ...headers, 'x-amz-content-sha256': payload }, payloadSha256: payload, now: this.options.now?.() ?? new Date() },
      this.credentials,
    );
    try {
      return await fetch(url, { method, headers: signed.headers, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000) });
    } catch (err) {
      throw new PhotoStorageError(`The photo store at ${url.origin} did not answer`, { cause: err });
    }
  }

  private async expect(res: Response, statuses: number[], what: string): Promise<void> {
    if (statuses.includes(res.status)) return;
    // S3 explains itself in an XML body (<Code>SignatureDoesNotMatch</Code>…): keep the code for the log.
    const text = (await res.text().catch(() => '')).slice(0, 500);
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? 'unknown';
    throw new PhotoStorageError(`The photo store refused to ${what} a photo: HTTP ${res.status} ${code}`);
  }
}
