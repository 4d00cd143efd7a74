import { Injectable } from '@nestjs/common';

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FeedFetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type FeedFailureCode = 'feed_timeout' | 'feed_unreachable' | 'feed_http_status' | 'feed_too_large' | 'feed_content_type';

/** What came back, if anything, when a fetch failed after the answer started. */
export interface FeedPartialDocument {
  bytes: Buffer;
  truncated: boolean;
  contentType: string | null;
}

export type FeedFetchResult =
  | { kind: 'document'; bytes: Buffer; contentType: string | null; validators: FeedValidators }
  | { kind: 'not_modified' }
  | { kind: 'failed'; code: FeedFailureCode; message: string; document?: FeedPartialDocument };

/** Content types a warning document may come as; HTML (a maintenance page), JSON or images are refused unread. */
const ACCEPTABLE_TYPE = /(^|[/+])xml$|^text\/plain$|^application\/octet-stream$/;

const USER_AGENT = 'qinao-alert (signal board; https://github.com/qinao-alert)';

/**
 * Fetches one feed document over HTTP: conditional GET with the validators of the last accepted answer (304 means
 * the source is alive and nothing changed), one deadline for the whole exchange including the body, a size cap
 * enforced while the body streams in (a decompressed body counts), and a content-type check. Never throws for what
 * the network or the server does: every outcome is a result.
 */
@Injectable()
export class FeedDocumentFetcher {
  async fetch(url: string, validators: FeedValidators | null, limits: FeedFetchLimits): Promise<FeedFetchResult> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1', 'user-agent': USER_AGENT };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;

    let response: Response;
    try {
      response = await fetch(url, { headers, signal, redirect: 'follow' });
    } catch (err) {
      return failure(err, limits);
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not_modified' };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', code: 'feed_http_status', message: `The source answered HTTP ${response.status} ${response.statusText}`.trim() + '.' };
    }
    const contentType = response.headers.get('content-type');
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', code: 'feed_too_large', message: `The document is ${declared} bytes, more than the ${limits.maxBytes} accepted.` };
    }

    let body: { bytes: Buffer; truncated: boolean };
    try {
      body = await readCapped(response, limits.maxBytes);
    } catch (err) {
      return failure(err, limits);
    }
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (body.truncated) {
      return {
        kind: 'failed',
        code: 'feed_too_large',
        message: `The document is larger than the ${limits.maxBytes} bytes accepted.`,
        document: { ...body, contentType },
      };
    }
    if (mediaType !== '' && !ACCEPTABLE_TYPE.test(mediaType)) {
      return {
        kind: 'failed',
        code: 'feed_content_type',
        message: `The source answered with ${mediaType}, not XML${mediaType === 'text/html' ? ' (a web page, perhaps maintenance)' : ''}.`,
        document: { ...body, contentType },
      };
    }
    return {
      kind: 'document',
      bytes: body.bytes,
      contentType,
      validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
    };
  }
}

/** Reads the body up to `maxBytes`; past that it stops reading and says the document was cut. */
async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(chunks), truncated: false };
    const room = maxBytes - size;
    if (value.byteLength > room) {
      chunks.push(Buffer.from(value.subarray(0, room)));
      await reader.cancel().catch(() => undefined);
      return { bytes: Buffer.concat(chunks), truncated: true };
    }
    chunks.push(Buffer.from(value));
    size += value.byteLength;
  }
}

function failure(err: unknown, limits: FeedFetchLimits): FeedFetchResult {
  const error = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') {
    return { kind: 'failed', code: 'feed_timeout', message: `The source did not answer within ${limits.timeoutMs} ms.` };
  }
  const detail = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(err);
  return { kind: 'failed', code: 'feed_unreachable', message: `The source could not be reached (${detail}).` };
}
